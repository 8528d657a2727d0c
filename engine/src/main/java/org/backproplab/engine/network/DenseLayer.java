package org.backproplab.engine.network;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;

/**
 * A fully connected layer's parameters: {@code weights} is {@code nIn x nOut} (row i holds the weights leaving
 * input i, column j those entering unit j) and {@code biases} is {@code 1 x nOut}. The matrices are the live
 * parameters: the optimizer updates them in place.
 */
public record DenseLayer(Matrix weights, Matrix biases, Activation activation) {
    public DenseLayer {
        if (biases.rows() != 1 || biases.cols() != weights.cols()) {
            throw new IllegalArgumentException(
                    "biases must be 1x" + weights.cols() + " for " + weights.shape() + " weights, got "
                            + biases.shape());
        }
    }

    public int inputs() {
        return weights.rows();
    }

    public int units() {
        return weights.cols();
    }

    DenseLayer copy() {
        return new DenseLayer(weights.copy(), biases.copy(), activation);
    }
}
