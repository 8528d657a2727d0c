package org.backproplab.engine.train;

import java.util.SplittableRandom;
import org.backproplab.engine.matrix.Matrix;

/**
 * Cuts a data set into shuffled mini-batches, copying rows into buffers allocated once. The shuffle comes from a
 * generator seeded by the caller, so the order of samples, and hence every number training produces, depends on
 * the seed only. The last batch of an epoch is shorter when the batch size does not divide the data; it has
 * buffers of its own.
 */
final class MiniBatches {
    private final Matrix x;
    private final Matrix y;
    private final int batchSize;
    private final int[] order;
    private final SplittableRandom random;
    private final Matrix fullX;
    private final Matrix fullY;
    private final Matrix restX;
    private final Matrix restY;

    MiniBatches(Matrix x, Matrix y, int batchSize, long seed) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("inputs have " + x.rows() + " rows but targets " + y.rows());
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.x = x;
        this.y = y;
        this.batchSize = Math.min(batchSize, x.rows());
        this.order = new int[x.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.random = new SplittableRandom(seed);
        this.fullX = new Matrix(this.batchSize, x.cols());
        this.fullY = new Matrix(this.batchSize, y.cols());
        int rest = x.rows() % this.batchSize;
        this.restX = rest == 0 ? null : new Matrix(rest, x.cols());
        this.restY = rest == 0 ? null : new Matrix(rest, y.cols());
    }

    int batchSize() {
        return batchSize;
    }

    /** Rows in the short last batch, or 0 when every batch is full. */
    int restSize() {
        return restX == null ? 0 : restX.rows();
    }

    int batchesPerEpoch() {
        return (x.rows() + batchSize - 1) / batchSize;
    }

    /**
     * Fisher-Yates: a new order of the samples for the next epoch. Not when one batch holds every sample (batch
     * gradient descent): its gradient is the same sum whatever the order, so the rows stay in the data's order and
     * the sum is the same bits every epoch and for every seed, as a full-batch step written by hand computes it.
     */
    void shuffle() {
        if (batchSize == x.rows()) {
            return;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Copies batch {@code b} of the current order into its buffers and returns the inputs. */
    Matrix inputs(int b) {
        Matrix bx = b * batchSize + batchSize <= x.rows() ? fullX : restX;
        gather(x, bx, b * batchSize);
        return bx;
    }

    /** The targets of batch {@code b}; call after {@link #inputs(int)}. */
    Matrix targets(int b) {
        Matrix by = b * batchSize + batchSize <= y.rows() ? fullY : restY;
        gather(y, by, b * batchSize);
        return by;
    }

    private void gather(Matrix source, Matrix batch, int first) {
        int cols = source.cols();
        for (int r = 0; r < batch.rows(); r++) {
            System.arraycopy(source.data(), order[first + r] * cols, batch.data(), r * cols, cols);
        }
    }
}
