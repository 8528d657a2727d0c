package org.backproplab.benchmarks;

import org.backproplab.engine.jit.SettledAllocation;
import org.backproplab.engine.matrix.MatrixKernels;

/**
 * Steps one benchmark network in windows of {@value #WINDOW_STEPS} steps until the JIT has settled, printing the
 * heap bytes the stepping thread allocated in each window. {@link EngineAllocationTest} runs it in a JVM of its own,
 * started with {@code -Xbatch}, so that which code runs at step n depends on n alone.
 *
 * <p>Settled ({@link SettledAllocation}): a whole window in which the JIT installed no code and invalidated none (the
 * JVM's own list of compiled methods, the same at the window's end as at its start). A window is long enough that a
 * method of the step still on its way to C2 cannot sit through one unseen: every method of the step runs at least
 * once per step, and HotSpot's tiered policy moves a method up after at most 5,000 calls at a tier (interpreter to
 * C1 after 200, C1 to C2 after 5,000: {@code Tier3InvocationThreshold}, {@code Tier4InvocationThreshold}); a
 * deoptimized method shows at once, as not entrant. So the first settled window runs the step's final code.
 *
 * <p>That holds only with {@code -Xbatch}: the list shows installed code, not a compilation waiting in C2's queue.
 * Without it, at load 19 to 22, five runs found 2-8-1 "settled" at 888 B a step: {@code VectorGemm.sumRows} was
 * still in C1's code, queued behind a C2 compilation of {@code Network.backward} that took more than a second.
 *
 * <p>Prints the kernel, one line per window, then {@value #SETTLED} and that window's bytes, or {@value #UNSETTLED}.
 */
final class StepAllocationProbe {
    static final int WINDOW_STEPS = 10_000;
    static final String KERNEL = "kernel: ";
    static final String SETTLED = "settled; bytes allocated in that window: ";
    static final String UNSETTLED = "unsettled";

    private StepAllocationProbe() {
    }

    public static void main(String[] args) {
        EngineStep engine = new EngineStep(StepData.of(BenchCase.named(args[0]), BenchSeeds.DATA));
        System.out.println(KERNEL + MatrixKernels.implementation());
        double[] lossSum = new double[1];
        SettledAllocation.Result result = SettledAllocation.measure(() -> lossSum[0] += engine.step(),
                WINDOW_STEPS);
        result.windows().forEach(System.out::println);
        System.out.println(result.settled() ? SETTLED + result.bytes() : UNSETTLED);
        // Printed so that the losses are used: C2 may not drop the loss's arithmetic from the step.
        System.out.println("(sum of the losses: " + lossSum[0] + ")");
    }
}
