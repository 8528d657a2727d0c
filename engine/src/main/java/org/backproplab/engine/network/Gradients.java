package org.backproplab.engine.network;

import java.util.List;
import org.backproplab.engine.matrix.Matrix;

/**
 * {@code dJ/dW} and {@code dJ/db} (and {@code dJ/dslope} for PReLU's learned slopes) for every layer, shaped like
 * the parameters they belong to, filled by
 * {@link Network#backward}. J is the loss's mean over the mini-batch, so these are already batch means.
 */
public final class Gradients {
    private final Matrix[] weights;
    private final Matrix[] biases;
    private final Matrix[] activationParameters;

    Gradients(NetworkSpec spec) {
        int layers = spec.layers().size();
        weights = new Matrix[layers];
        biases = new Matrix[layers];
        activationParameters = new Matrix[layers];
        for (int l = 0; l < layers; l++) {
            int units = spec.layers().get(l).width();
            weights[l] = new Matrix(spec.fanIn(l), units);
            biases[l] = new Matrix(1, units);
            int k = spec.layers().get(l).activation().parameterCount(units);
            activationParameters[l] = k == 0 ? null : new Matrix(1, k);
        }
    }

    /** {@code dJ/dW} of layer {@code l} ({@code nIn x nOut}). */
    public Matrix weights(int l) {
        return weights[l];
    }

    /** {@code dJ/db} of layer {@code l} ({@code 1 x nOut}). */
    public Matrix biases(int l) {
        return biases[l];
    }

    /** {@code dJ/dslope} for layer {@code l}'s activation parameters (PReLU's slopes), or null if it has none. */
    public Matrix activationParameters(int l) {
        return activationParameters[l];
    }

    public int layers() {
        return weights.length;
    }

    /** The Euclidean norm of layer {@code l}'s weight gradient: how strongly the loss pulls on that layer. */
    public double weightNorm(int l) {
        double sum = 0.0;
        for (double g : weights[l].data()) {
            sum += g * g;
        }
        return Math.sqrt(sum);
    }

    /** Copies of the weight gradients, layer by layer (for reports and tests, not for training loops). */
    public List<Matrix> weightCopies() {
        return java.util.Arrays.stream(weights).map(Matrix::copy).toList();
    }
}
