package org.backproplab.experiments.grid;

import java.util.List;
import java.util.Objects;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.Sgd;

/**
 * One training run, every value resolved (no "auto": {@link Defaults} chose them before): with the data it names,
 * this is everything needed to reproduce its numbers, on this machine or on a cluster's executor.
 *
 * @param hidden      activation of every hidden layer
 * @param depth       number of hidden layers (>= 1)
 * @param width       units per hidden layer
 * @param initializer how weights start
 * @param optimizer   the update rule at its learning rate (the slides' eta: {@link #learningRate()})
 * @param batchSize   mini-batch rows
 * @param epochs      passes over the training set
 * @param seed        seeds the initial weights and the order of the samples
 * @param data        the data set and its train/test split
 * @param loss        what training minimizes, which also fixes the output layer ({@link Loss#outputActivation()})
 * @param norm        what normalizes every hidden layer's net input (none, or batch normalization)
 * @param residual    layers per residual shortcut (0: none; see {@link NetworkSpec#mlp} for where they go)
 * @param budget      the parameter budget the width was solved for ({@link Widths#forBudget}), or 0 where the
 *                    width was given (or split from a unit count): {@code width} is what ran either way
 */
public record RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
        int batchSize, int epochs, long seed, DataSplit data, Loss loss, Normalization norm, int residual,
        int budget) implements java.io.Serializable {

    /** A run of a network with the given normalization and shortcuts, whose width was given. */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
            int batchSize, int epochs, long seed, DataSplit data, Loss loss, Normalization norm, int residual) {
        this(hidden, depth, width, initializer, optimizer, batchSize, epochs, seed, data, loss, norm, residual, 0);
    }

    /** What every classifier sweep minimizes: softmax cross-entropy on an identity output layer. */
    public static final Loss CLASSIFIER_LOSS = Loss.softmaxCrossEntropy();

    /** A plain network's run (no normalization, no shortcuts) whose width was given, not solved from a budget. */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
            int batchSize, int epochs, long seed, DataSplit data, Loss loss) {
        this(hidden, depth, width, initializer, optimizer, batchSize, epochs, seed, data, loss, Normalization.none(),
                0, 0);
    }

    /** A classifier's run: {@link #CLASSIFIER_LOSS}. */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
            int batchSize, int epochs, long seed, DataSplit data) {
        this(hidden, depth, width, initializer, optimizer, batchSize, epochs, seed, data, CLASSIFIER_LOSS);
    }

    /** A run trained by plain SGD at {@code learningRate}, on data whose name does not matter (tests, tools). */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, double learningRate,
            int batchSize, int epochs, long seed) {
        this(hidden, depth, width, initializer, Sgd.withRate(learningRate), batchSize, epochs, seed,
                DataSplit.of("unnamed"));
    }

    public RunSpec {
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(norm, "norm");
        if (residual < 0) {
            throw new IllegalArgumentException("residual must be >= 0 (layers per shortcut, 0: none), got " + residual);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1, got " + depth);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        double lr = optimizer.rate();
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + lr);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0 (0: none), got " + budget);
        }
    }

    /** The optimizer's step size for the weights and biases alike: the slides' eta. */
    public double learningRate() {
        return optimizer.rate();
    }

    /**
     * The columns every table of runs starts with, one per resolved field (the seed last, so a summary over seeds
     * drops it): what {@link #values()} gives, in this order.
     */
    public static final List<String> COLUMNS = List.of("activation", "depth", "width", "budget", "norm", "residual",
            "lr", "init", "optimizer", "loss", "batch", "epochs", "dataset", "split_seed", "test_fraction", "seed");

    /** This run's value for each of {@link #COLUMNS}: the exact rate, names for the rest. */
    public List<Object> values() {
        return List.of(hidden.name(), depth, width, budget == 0 ? "" : budget, norm.name(), residual, learningRate(),
                initializer.name(), optimizer.name(), loss.name(), batchSize, epochs, data.dataset(), data.splitSeed(),
                data.testFraction(), seed);
    }

    /** This run's network for {@code inputs} and {@code outputs}: its hidden layers, and its loss's output layer. */
    public NetworkSpec network(int inputs, int outputs) {
        return NetworkSpec.mlp(inputs, depth, width, hidden, norm, residual, outputs, loss.outputActivation());
    }

    /** The same run with another seed (0 for the point of the grid it belongs to, whatever its seed). */
    public RunSpec withSeed(long other) {
        return new RunSpec(hidden, depth, width, initializer, optimizer, batchSize, epochs, other, data, loss, norm,
                residual, budget);
    }

    /** A short label, e.g. {@code relu depth 3 seed 2}: the activation, depth and seed. */
    public String label() {
        return label(List.of(Axis.DEPTHS));
    }

    /**
     * A label for progress lines that tells this run from every other of its sweep: the activation, the value of
     * each axis in {@code swept} (the grid's varying axes: {@code relu lr 0.316 seed 2} in a rate sweep, {@code
     * tanh width 8 seed 1} in a width sweep) and the seed.
     */
    public String label(List<Axis> swept) {
        StringBuilder sb = new StringBuilder(String.format("%-7s", hidden.name()));
        for (Axis a : swept) {
            String value = a.describe(this);
            if (!value.isEmpty() && a != Axis.ACTIVATIONS) {
                sb.append(' ').append(value);
            }
        }
        return sb.append(" seed ").append(seed).toString();
    }

    /**
     * Its learned values between {@code inputs} and {@code outputs}: weights and biases ({@link Widths#parameters}),
     * and batch normalization's scale and shift where it has them.
     */
    public long parameters(int inputs, int outputs) {
        return Widths.parameters(inputs, depth, width, outputs) + (long) depth * norm.parameterCount(width);
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
