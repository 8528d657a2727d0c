package org.backproplab.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One DL4J training step ({@code MultiLayerNetwork.fit} on one batch) per call, on the network {@link
 * EngineStepBenchmark} steps.
 *
 * <p>DL4J uses cores inside each operation (OpenMP and OpenBLAS threads), so it is always timed from one Java
 * thread; {@code threads} is how many native threads it may use. ND4J fixes that number from the environment when
 * its library loads, and JMH's forks inherit the environment of the JVM that starts them, so the value must come
 * from there: benchmarks/run starts JMH once with {@code OMP_NUM_THREADS=1} and once with one thread per core,
 * passing the same number as {@code -p threads}. The setup refuses a mismatch rather than time the wrong thing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Threads(1)
@State(Scope.Thread)
public class Dl4jStepBenchmark {
    @Param({"2-2-2", "2-8-1", "64-30x5-10", "784-100-10", "784-256-256-10", "512x4"})
    public String network;

    /** Native threads DL4J may use; must equal OMP_NUM_THREADS in the environment. */
    @Param("1")
    public int threads;

    private Dl4jStep dl4j;

    @Setup(Level.Trial)
    public void build() {
        NativeThreads.require(threads);
        dl4j = new Dl4jStep(StepData.of(BenchCase.named(network), BenchSeeds.DATA));
    }

    @Setup(Level.Iteration)
    public void reset() {
        dl4j.reset();
        // A fresh MultiLayerNetwork sizes its workspaces on its first steps; take them here, not in the timing.
        for (int i = 0; i < 3; i++) {
            dl4j.step();
        }
    }

    @Benchmark
    public double step() {
        return dl4j.step();
    }
}
