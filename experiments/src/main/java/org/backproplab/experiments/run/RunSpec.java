package org.backproplab.experiments.run;

import java.util.Objects;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;

/**
 * One training run, fully specified: with the data, this is everything needed to reproduce its numbers.
 *
 * @param hidden       activation of every hidden layer
 * @param depth        number of hidden layers (>= 1)
 * @param width        units per hidden layer
 * @param initializer  how weights start
 * @param learningRate SGD's alpha, for weights and biases alike
 * @param batchSize    mini-batch rows
 * @param epochs       passes over the training set
 * @param seed         seeds the initial weights and the order of the samples
 * @param optimizer    one of {@link #OPTIMIZERS}, at {@code learningRate} (momentum and Nesterov with mu 0.9, Adam
 *                     and RMSProp with their usual constants)
 */
public record RunSpec(Activation hidden, int depth, int width, Initializer initializer, double learningRate,
        int batchSize, int epochs, long seed, String optimizer) {
    /** The optimizers a run can use, by the names {@code -Doptimizer} takes. */
    public static final java.util.List<String> OPTIMIZERS = java.util.List.of("sgd", "momentum", "nesterov", "adam",
            "rmsprop");

    /** {@code -Doptimizer} (default sgd), checked: one line naming a bad value and the valid ones. */
    public static String optimizerSetting(org.backproplab.experiments.Settings s) {
        String name = s.string("optimizer", "sgd");
        if (!OPTIMIZERS.contains(name)) {
            throw new org.backproplab.experiments.UserInputException("-Doptimizer=" + name + " is not an optimizer; "
                    + "expected one of: " + String.join(", ", OPTIMIZERS));
        }
        return name;
    }

    /** A run trained by plain SGD. */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, double learningRate,
            int batchSize, int epochs, long seed) {
        this(hidden, depth, width, initializer, learningRate, batchSize, epochs, seed, "sgd");
    }

    public RunSpec {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer + "'; expected one of: "
                    + String.join(", ", OPTIMIZERS));
        }
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(initializer, "initializer");
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1, got " + depth);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
    }

    /** A short label, e.g. {@code relu depth 3 seed 2}: the activation, depth and seed. */
    public String label() {
        return label(java.util.List.of(Axis.DEPTHS));
    }

    /**
     * A label for progress lines that tells this run from every other of its sweep: the activation, the value of
     * each axis in {@code swept} (the grid's varying axes: {@code relu lr 0.316 seed 2} in a rate sweep, {@code
     * tanh width 8 seed 1} in a width sweep) and the seed.
     */
    public String label(java.util.List<Axis> swept) {
        StringBuilder sb = new StringBuilder(String.format("%-7s", hidden.name()));
        for (Axis a : swept) {
            String value = switch (a) {
                case DEPTHS -> "depth " + depth;
                case WIDTH -> "width " + width;
                case LR -> "lr " + Rates.text(learningRate);
                case BATCH -> "batch " + batchSize;
                case INIT -> initializer.name();
                case OPTIMIZER -> optimizer;
                default -> "";
            };
            if (!value.isEmpty()) {
                sb.append(' ').append(value);
            }
        }
        return sb.append(" seed ").append(seed).toString();
    }

    /**
     * What this run costs relative to the others of its sweep, for the time-left estimate: epochs times the
     * multiply-adds of one sample's forward and backward pass (the weights) plus its element-wise work (the
     * units). The rows are the same for every run of a sweep and drop out.
     */
    public double work(int inputs, int outputs) {
        double weights = (double) inputs * width + (double) (depth - 1) * width * width + (double) width * outputs;
        double units = (double) depth * width + outputs;
        return epochs * (weights + units);
    }
}
