package org.backproplab.benchmarks;


import java.util.concurrent.TimeUnit;
import org.backproplab.engine.matrix.Cores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One engine training step (forward, backward, SGD update) per call.
 *
 * <p>{@link #step} is one network on one core; {@link #stepShared} with {@code -p cores=N}, one network whose
 * products and updates are shared between N cores (a single run on the whole machine; the same bits). A sweep uses a machine's cores by training
 * one network per thread: {@link #stepPerCore} runs one thread per core, each stepping its own network
 * ({@link Scope#Thread} state), and JMH reports the time per step as each thread sees it; the machine's time per
 * step is that divided by the threads (the summary does the division).
 *
 * <p>Every iteration starts from the same weights, so a long run cannot drift anywhere a short one does not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@State(Scope.Thread)
public class EngineStepBenchmark {
    @Param({"2-2-2", "2-8-1", "64-30x5-10", "784-100-10", "784-256-256-10", "512x4"})
    public String network;

    /**
     * The cores one network's step shares its matrix products and updates between ({@code Cores}): 1, or, for
     * {@link #stepShared}, the machine's cores, the step being one run on the whole machine (same bits, less time).
     */
    @Param({"1"})
    public int cores;

    private Cores shared;
    private EngineStep engine;

    @Setup(Level.Trial)
    public void build() {
        shared = Cores.of(cores);
        engine = new EngineStep(StepData.of(BenchCase.named(network), BenchSeeds.DATA), shared);
    }

    @TearDown(Level.Trial)
    public void close() {
        shared.close();
    }

    @Setup(Level.Iteration)
    public void reset() {
        engine.reset();
    }

    @Benchmark
    @Threads(1)
    public double step() {
        return engine.step();
    }

    /**
     * The same step as {@link #step}, for the one-run-on-all-cores comparison: benchmarks/run times it at
     * {@code cores=1} and at every core in one JMH run, so that their ratio comes from one run.
     */
    @Benchmark
    @Threads(1)
    public double stepShared() {
        return engine.step();
    }

    @Benchmark
    @Threads(Threads.MAX)
    public double stepPerCore() {
        return engine.step();
    }
}
