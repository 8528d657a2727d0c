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
 */
public record RunSpec(Activation hidden, int depth, int width, Initializer initializer, double learningRate,
        int batchSize, int epochs, long seed) {
    public RunSpec {
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

    /** A short label for progress lines, e.g. {@code relu depth 3 seed 2}. */
    public String label() {
        return String.format("%-7s depth %d seed %d", hidden.name(), depth, seed);
    }
}
