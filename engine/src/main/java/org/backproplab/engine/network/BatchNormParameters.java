package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/**
 * A batch-normalized layer's own values, each {@code 1 x units}: the learned scale {@code gamma} and shift
 * {@code beta} (trained like weights and biases), and the running mean and variance of {@code z} that an
 * evaluation pass normalizes by (estimated during training, never trained by the gradient).
 */
public record BatchNormParameters(Matrix gamma, Matrix beta, Matrix runningMean, Matrix runningVariance) {
    public BatchNormParameters {
        int n = gamma.cols();
        for (Matrix m : new Matrix[] {gamma, beta, runningMean, runningVariance}) {
            if (m.rows() != 1 || m.cols() != n) {
                throw new IllegalArgumentException("batch normalization values must all be 1x" + n + ", got "
                        + m.shape());
            }
        }
    }

    /** The start Ioffe and Szegedy give: gamma 1, beta 0 (the identity on x-hat), mean 0 and variance 1. */
    static BatchNormParameters initial(int units) {
        Matrix gamma = new Matrix(1, units);
        Matrix variance = new Matrix(1, units);
        java.util.Arrays.fill(gamma.data(), 1.0);
        java.util.Arrays.fill(variance.data(), 1.0);
        return new BatchNormParameters(gamma, new Matrix(1, units), new Matrix(1, units), variance);
    }

    BatchNormParameters copy() {
        return new BatchNormParameters(gamma.copy(), beta.copy(), runningMean.copy(), runningVariance.copy());
    }
}
