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
 * What batch normalization and residual connections add to one engine training step, on one core: the networks of
 * {@link BenchCase#layerOptions()}, each read against its plain twin ({@code 64-30x5-10-tanh}, and
 * {@code 784-256-256-10} of {@link EngineStepBenchmark}). The step is {@link EngineStep}'s, as there.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@State(Scope.Thread)
public class LayerOptionsBenchmark {
    @Param({"64-30x5-10-tanh", "64-30x5-10-tanh+bn", "64-30x5-10-tanh+res2", "64-30x5-10-tanh+bn+res2",
            "784-256-256-10", "784-256-256-10+bn"})
    public String network;

    private EngineStep engine;

    @Setup(Level.Trial)
    public void build() {
        engine = new EngineStep(StepData.of(BenchCase.named(network), BenchSeeds.DATA));
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
}
