package org.backproplab.experiments.grid;

import java.util.List;
import java.util.Objects;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
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
 * @param budget      the parameter budget the width was solved for ({@link Widths#forBudget}), or 0 where the
 *                    width was given (or split from a unit count): {@code width} is what ran either way
 */
public record RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
        int batchSize, int epochs, long seed, DataSplit data, Loss loss, int budget) implements java.io.Serializable {

    /** What every classifier sweep minimizes: softmax cross-entropy on an identity output layer. */
    public static final Loss CLASSIFIER_LOSS = Loss.softmaxCrossEntropy();

    /** A run whose width was given, not solved from a budget. */
    public RunSpec(Activation hidden, int depth, int width, Initializer initializer, Optimizer optimizer,
            int batchSize, int epochs, long seed, DataSplit data, Loss loss) {
        this(hidden, depth, width, initializer, optimizer, batchSize, epochs, seed, data, loss, 0);
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
    public static final List<String> COLUMNS = List.of("activation", "depth", "width", "budget", "lr", "init",
            "optimizer", "loss", "batch", "epochs", "dataset", "split_seed", "test_fraction", "seed");

    /** This run's value for each of {@link #COLUMNS}: the exact rate, names for the rest. */
    public List<Object> values() {
        return List.of(hidden.name(), depth, width, budget == 0 ? "" : budget, learningRate(), initializer.name(),
                optimizer.name(), loss.name(), batchSize, epochs, data.dataset(), data.splitSeed(),
                data.testFraction(), seed);
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

    /** Its weights and biases between {@code inputs} and {@code outputs} ({@link Widths#parameters}). */
    public long parameters(int inputs, int outputs) {
        return Widths.parameters(inputs, depth, width, outputs);
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
