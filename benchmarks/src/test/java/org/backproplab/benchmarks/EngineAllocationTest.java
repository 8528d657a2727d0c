package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A warmed-up training step allocates nothing on the heap, counted exactly on the stepping thread (JMH's gc
 * profiler counts every thread of the fork, its own bookkeeping included, so its B/op for the engine is a few kB per
 * iteration spread over the steps, not the step's).
 *
 * <p>"Warmed up" matters: the first steps run in the interpreter and in C1-compiled code, and the JIT's transitions
 * (and the allocation counter's own first call) may allocate a few hundred bytes once. So the steps run for a second
 * before the count starts.
 */
class EngineAllocationTest {
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2-2-2", "2-8-1", "64-30x5-10"})
    void aWarmedUpStepAllocatesNoHeapBytes(String network) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EngineStep engine = new EngineStep(StepData.of(BenchCase.named(network), BenchSeeds.DATA));
        double sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 2_000 || System.nanoTime() - start < WARM_UP_NANOS; i++) {
            sink += engine.step();
        }
        threads.getCurrentThreadAllocatedBytes();
        // The least of up to five windows: a JIT recompilation in one window runs the step in the interpreter,
        // where Vector API values are heap objects, for a while; a steady-state allocation shows in every window.
        long[] windows = new long[5];
        for (int w = 0; w < windows.length; w++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1_000; i++) {
                sink += engine.step();
            }
            windows[w] = threads.getCurrentThreadAllocatedBytes() - before;
            if (windows[w] == 0) {
                break;
            }
        }
        assertEquals(0, java.util.Arrays.stream(windows).min().orElseThrow(), network
                + ": bytes allocated per window of 1000 steps " + java.util.Arrays.toString(windows)
                + " (loss sum " + sink + ")");
    }
}
