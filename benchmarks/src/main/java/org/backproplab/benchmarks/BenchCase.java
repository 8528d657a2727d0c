package org.backproplab.benchmarks;

import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;

/**
 * One network the benchmarks time a training step of, named as issue 7 names it ({@code 64-30x5-10}: 64 inputs,
 * five hidden layers of 30, 10 outputs).
 *
 * <p>{@code 512x4} is read the same way as {@code 30x5}: four dense layers of 512 units on 512 inputs, i.e.
 * 512-512-512-512-512, four 512x512 weight matrices, the "large and square" case where the matrix product is all
 * the work. The activations and losses are the ones the exercise uses for each kind of net; the targets' values do
 * not change the cost of a step, only their shape does.
 *
 * @param targets what the training targets look like, so that the loss is one the network could be trained on
 */
public record BenchCase(String name, int batch, NetworkSpec spec, Loss loss, Targets targets) {

    /** The kind of target a case's loss expects. */
    public enum Targets {
        /** values in (0, 1), for a sigmoid output and MSE */
        UNIT_INTERVAL,
        /** XOR's four points and labels (its batch of 4 is the whole data set) */
        XOR,
        /** one-hot class labels, for softmax cross-entropy */
        ONE_HOT,
        /** values in (-1, 1), for an identity output and MSE */
        SIGNED
    }

    public BenchCase {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
    }

    /** The six networks of issue 7, in its order. */
    public static List<BenchCase> all() {
        Activation sigmoid = Activation.sigmoid();
        Activation relu = Activation.relu();
        Activation identity = Activation.identity();
        Loss mse = Loss.meanSquaredError();
        Loss softmaxCe = Loss.softmaxCrossEntropy();
        return List.of(
                // The seeds' worked example. MSE over its two outputs is the slides' 1/2 sum of squares, and DL4J
                // has MSE (its L2 loss drops the 1/2, which would make the two nets differ).
                new BenchCase("2-2-2", 1, NetworkSpec.of(2, new LayerSpec(2, sigmoid), new LayerSpec(2, sigmoid)),
                        mse, Targets.UNIT_INTERVAL),
                new BenchCase("2-8-1", 4, NetworkSpec.mlp(2, 1, 8, Activation.tanh(), 1, sigmoid), mse,
                        Targets.XOR),
                new BenchCase("64-30x5-10", 32, NetworkSpec.mlp(64, 5, 30, relu, 10, identity), softmaxCe,
                        Targets.ONE_HOT),
                new BenchCase("784-100-10", 32, NetworkSpec.mlp(784, 1, 100, relu, 10, identity), softmaxCe,
                        Targets.ONE_HOT),
                new BenchCase("784-256-256-10", 64, NetworkSpec.mlp(784, 2, 256, relu, 10, identity), softmaxCe,
                        Targets.ONE_HOT),
                new BenchCase("512x4", 128, NetworkSpec.mlp(512, 3, 512, relu, 512, identity), mse,
                        Targets.SIGNED));
    }

    /**
     * What batch normalization and residual connections cost (issue 17): the digits net with tanh, plain, then with
     * each hidden layer batch-normalized ({@code +bn}), with a shortcut around every 2 hidden layers ({@code +res2},
     * {@link NetworkSpec#mlp(int, int, int, Activation, Normalization, int, int, Activation)}'s blocks), and both;
     * and {@code 784-256-256-10} batch-normalized, beside its plain case in {@link #all()}. Engine only: DL4J's
     * benchmark mirrors a {@code MultiLayerNetwork}, which has no shortcut.
     */
    public static List<BenchCase> layerOptions() {
        Activation tanh = Activation.tanh();
        Activation identity = Activation.identity();
        Loss softmaxCe = Loss.softmaxCrossEntropy();
        Normalization none = Normalization.none();
        Normalization batch = Normalization.batch();
        return List.of(
                new BenchCase("64-30x5-10-tanh", 32, NetworkSpec.mlp(64, 5, 30, tanh, none, 0, 10, identity),
                        softmaxCe, Targets.ONE_HOT),
                new BenchCase("64-30x5-10-tanh+bn", 32, NetworkSpec.mlp(64, 5, 30, tanh, batch, 0, 10, identity),
                        softmaxCe, Targets.ONE_HOT),
                new BenchCase("64-30x5-10-tanh+res2", 32, NetworkSpec.mlp(64, 5, 30, tanh, none, 2, 10, identity),
                        softmaxCe, Targets.ONE_HOT),
                new BenchCase("64-30x5-10-tanh+bn+res2", 32,
                        NetworkSpec.mlp(64, 5, 30, tanh, batch, 2, 10, identity), softmaxCe, Targets.ONE_HOT),
                new BenchCase("784-256-256-10+bn", 64,
                        NetworkSpec.mlp(784, 2, 256, Activation.relu(), batch, 0, 10, identity), softmaxCe,
                        Targets.ONE_HOT));
    }

    /**
     * The digits net of {@link #all()}, {@code 64-30x5-10} at batch 32, with {@code hidden} in its five hidden layers
     * instead of ReLU: what {@link ActivationStepBenchmark} times, one activation against another.
     */
    public static BenchCase digits(Activation hidden) {
        return new BenchCase("64-30x5-10-" + hidden.name(), 32,
                NetworkSpec.mlp(64, 5, 30, hidden, 10, Activation.identity()), Loss.softmaxCrossEntropy(),
                Targets.ONE_HOT);
    }

    /** The case called {@code name} (of {@link #all()} or {@link #layerOptions()}), or an exception naming them. */
    public static BenchCase named(String name) {
        List<BenchCase> every = new java.util.ArrayList<>(all());
        every.addAll(layerOptions());
        for (BenchCase c : every) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown benchmark network '" + name + "'; expected one of: "
                + every.stream().map(BenchCase::name).collect(Collectors.joining(", ")));
    }

    /** Multiply-adds of one training step: forward, weight gradient and, past the first layer, the sent-back error. */
    public long multiplyAdds() {
        long total = 0;
        for (int l = 0; l < spec.layers().size(); l++) {
            long weights = (long) spec.fanIn(l) * spec.layers().get(l).width();
            total += batch * weights * (l == 0 ? 2 : 3);
        }
        return total;
    }
}
