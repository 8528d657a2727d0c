package org.backproplab.engine.network;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;

/**
 * A fully connected layer's parameters: {@code weights} is {@code nIn x nOut} (row i holds the weights leaving
 * input i, column j those entering unit j), {@code biases} is {@code 1 x nOut}, and {@code activationParameters}
 * holds the activation's own learned values ({@code 1 x k}, PReLU's slopes) or is null for the many functions that
 * have none. A batch-normalized layer also has its scale, shift and running statistics
 * ({@code normParameters}, null for {@link Normalization#none()}). The matrices are the live parameters: the
 * optimizer updates them in place.
 */
public record DenseLayer(Matrix weights, Matrix biases, Activation activation, Matrix activationParameters,
        Normalization normalization, BatchNormParameters normParameters) {
    /** A layer whose activation has no parameters of its own. */
    public DenseLayer(Matrix weights, Matrix biases, Activation activation) {
        this(weights, biases, activation, null);
    }

    /** A layer without normalization. */
    public DenseLayer(Matrix weights, Matrix biases, Activation activation, Matrix activationParameters) {
        this(weights, biases, activation, activationParameters, Normalization.none(), null);
    }

    public DenseLayer {
        int k = activation.parameterCount(weights.cols());
        if (k == 0 ? activationParameters != null
                : activationParameters == null || activationParameters.rows() != 1
                        || activationParameters.cols() != k) {
            throw new IllegalArgumentException(activation.name() + " in a layer of " + weights.cols()
                    + " units needs " + k + " activation parameters, got "
                    + (activationParameters == null ? "none" : activationParameters.shape()));
        }
        if (biases.rows() != 1 || biases.cols() != weights.cols()) {
            throw new IllegalArgumentException(
                    "biases must be 1x" + weights.cols() + " for " + weights.shape() + " weights, got "
                            + biases.shape());
        }
        boolean needs = normalization.parameterCount(weights.cols()) > 0;
        if (needs != (normParameters != null)
                || (normParameters != null && normParameters.gamma().cols() != weights.cols())) {
            throw new IllegalArgumentException(normalization.name() + " normalization of " + weights.cols()
                    + " units needs " + (needs ? "its 1x" + weights.cols() + " values" : "no values") + ", got "
                    + (normParameters == null ? "none" : "1x" + normParameters.gamma().cols()));
        }
    }

    public int inputs() {
        return weights.rows();
    }

    public int units() {
        return weights.cols();
    }

    DenseLayer copy() {
        return new DenseLayer(weights.copy(), biases.copy(), activation,
                activationParameters == null ? null : activationParameters.copy(), normalization,
                normParameters == null ? null : normParameters.copy());
    }
}
