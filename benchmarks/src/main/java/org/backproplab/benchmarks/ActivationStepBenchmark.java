package org.backproplab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.backproplab.engine.activation.Activation;
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
 * What an activation costs: one engine training step of the digits net, {@code 64-30x5-10} at batch 32 (the
 * network whose step took 5x as long with tanh as with ReLU before the activations were vectorized), with each
 * activation in its hidden layers, on one core. Read each against {@code relu}: issue 19 asks for at most 1.5x.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@State(Scope.Thread)
public class ActivationStepBenchmark {
    @Param({"relu", "sigmoid", "tanh", "elu", "selu", "softplus", "swish", "mish", "gelu-tanh", "gelu"})
    public String activation;

    private EngineStep engine;

    @Setup(Level.Trial)
    public void build() {
        engine = new EngineStep(StepData.of(BenchCase.digits(Activation.named(activation)), BenchSeeds.DATA));
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
