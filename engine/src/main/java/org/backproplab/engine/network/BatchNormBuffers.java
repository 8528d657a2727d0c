package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/**
 * What batch normalization's forward pass keeps for its backward pass, in a workspace: {@code xHat}
 * ({@code rows x units}, the normalized z), the mean and {@code 1 / sqrt(var + eps)} it normalized by
 * ({@code 1 x units}), and whether those were the batch's own (a training pass) or the running ones.
 */
public final class BatchNormBuffers {
    final Matrix xHat;
    final double[] mean;
    final double[] inverseSd;
    boolean batchStatistics;

    BatchNormBuffers(int rows, int units) {
        xHat = new Matrix(rows, units);
        mean = new double[units];
        inverseSd = new double[units];
    }

    /** The normalized net inputs of the last forward pass, {@code (z - mean) / sqrt(var + eps)}. */
    public Matrix xHat() {
        return xHat;
    }
}
