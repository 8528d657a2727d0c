package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/**
 * Batch normalization (Ioffe and Szegedy 2015, Algorithm 1), unit by unit over the m rows of a mini-batch,
 * between a layer's dense product {@code z} and its activation:
 * <pre>
 *   mu      = 1/m sum_i z_i                      the batch's mean of each unit
 *   var     = 1/m sum_i (z_i - mu)^2             and its variance (biased: the batch's own, as in the paper)
 *   xHat_i  = (z_i - mu) / sqrt(var + eps)
 *   net_i   = gamma xHat_i + beta                a learned scale and shift: the layer can undo the normalization
 * </pre>
 * A training pass also moves the running estimates, {@code running := momentum running + (1 - momentum) batch},
 * of the mean and of the variance (the batch's biased variance, as DL4J and Keras keep it; the paper's Algorithm 2
 * and PyTorch take the unbiased m/(m-1) one, 3% larger at batches of 32); an evaluation pass normalizes by those instead, so a network's output for one
 * sample does not depend on the other samples of its batch. A {@link Pass#POPULATION_STATISTICS} pass over a whole
 * data set sets them to that set's statistics outright (the paper's inference rule, Algorithm 2).
 *
 * <p>The backward pass is the chain rule through those four lines, where every {@code z_i} of the batch reaches
 * every {@code net_k} through mu and var (the paper's eq. for dl/dx_i, simplified):
 * <pre>
 *   dJ/dbeta  = sum_i dJ/dnet_i
 *   dJ/dgamma = sum_i dJ/dnet_i xHat_i
 *   dJ/dz_i   = gamma / sqrt(var + eps) (dJ/dnet_i - dJ/dbeta / m - xHat_i dJ/dgamma / m)
 * </pre>
 * With running statistics (an evaluation pass) mu and var are constants and {@code dJ/dz_i = gamma / sqrt(var +
 * eps) dJ/dnet_i}.
 *
 * @param momentum how much of the running estimates each training step keeps, in [0, 1)
 * @param epsilon  added to the variance so a unit that is constant over the batch does not divide by zero
 */
public record BatchNorm(double momentum, double epsilon) implements Normalization {
    /** DL4J's and Keras's constants (PyTorch's momentum 0.1 is the same rule written from the other side). */
    public static final double MOMENTUM = 0.9;
    public static final double EPSILON = 1e-5;

    public BatchNorm {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("batch normalization momentum must be in [0, 1), got " + momentum);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("batch normalization epsilon must be a finite number > 0, got "
                    + epsilon);
        }
    }

    /** Momentum {@value #MOMENTUM}, epsilon {@value #EPSILON}. */
    public static BatchNorm standard() {
        return new BatchNorm(MOMENTUM, EPSILON);
    }

    @Override
    public String name() {
        return "batch";
    }

    /** Its name, as sweeps, tables and messages write it. */
    @Override
    public String toString() {
        return name();
    }

    @Override
    public int parameterCount(int units) {
        return 2 * units;
    }

    @Override
    public BatchNormParameters newParameters(int units) {
        return BatchNormParameters.initial(units);
    }

    @Override
    public BatchNormBuffers newBuffers(int rows, int units) {
        return new BatchNormBuffers(rows, units);
    }

    @Override
    public void forward(Matrix z, Matrix net, BatchNormParameters p, BatchNormBuffers b, Pass pass) {
        int m = z.rows();
        int n = z.cols();
        double[] zd = z.data();
        double[] mean = b.mean;
        double[] inverseSd = b.inverseSd;
        if (pass.batchStatistics()) {
            java.util.Arrays.fill(mean, 0.0);
            java.util.Arrays.fill(inverseSd, 0.0);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    mean[j] += zd[i * n + j];
                }
            }
            for (int j = 0; j < n; j++) {
                mean[j] /= m;
            }
            // The variance from the deviations (two passes), not E[z^2] - mu^2, which cancels catastrophically
            // when a unit's mean is large beside its spread.
            double[] variance = inverseSd;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double d = zd[i * n + j] - mean[j];
                    variance[j] += d * d;
                }
            }
            double[] runningMean = p.runningMean().data();
            double[] runningVariance = p.runningVariance().data();
            for (int j = 0; j < n; j++) {
                variance[j] /= m;
                if (pass.training()) {
                    runningMean[j] = momentum * runningMean[j] + (1 - momentum) * mean[j];
                    runningVariance[j] = momentum * runningVariance[j] + (1 - momentum) * variance[j];
                } else if (pass.setsPopulationStatistics()) {
                    // the paper's Algorithm 2 takes the unbiased m/(m-1) var; over a data set of thousands of rows
                    // that factor is 1.001 or less, and the biased one keeps one rule for both
                    runningMean[j] = mean[j];
                    runningVariance[j] = variance[j];
                }
                inverseSd[j] = 1.0 / Math.sqrt(variance[j] + epsilon);
            }
        } else {
            double[] runningVariance = p.runningVariance().data();
            System.arraycopy(p.runningMean().data(), 0, mean, 0, n);
            for (int j = 0; j < n; j++) {
                inverseSd[j] = 1.0 / Math.sqrt(runningVariance[j] + epsilon);
            }
        }
        b.batchStatistics = pass.batchStatistics();
        double[] xHat = b.xHat.data();
        double[] out = net.data();
        double[] gamma = p.gamma().data();
        double[] beta = p.beta().data();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                xHat[k] = (zd[k] - mean[j]) * inverseSd[j];
                out[k] = gamma[j] * xHat[k] + beta[j];
            }
        }
    }

    @Override
    public void backward(Matrix dNet, Matrix dz, BatchNormParameters p, BatchNormBuffers b, Matrix dGamma,
            Matrix dBeta) {
        int m = dNet.rows();
        int n = dNet.cols();
        double[] g = dNet.data();
        double[] xHat = b.xHat.data();
        double[] dg = dGamma.data();
        double[] db = dBeta.data();
        java.util.Arrays.fill(dg, 0.0);
        java.util.Arrays.fill(db, 0.0);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                db[j] += g[k];
                dg[j] += g[k] * xHat[k];
            }
        }
        double[] gamma = p.gamma().data();
        double[] inverseSd = b.inverseSd;
        double[] out = dz.data();
        if (b.batchStatistics) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int k = i * n + j;
                    out[k] = gamma[j] * inverseSd[j] * (g[k] - db[j] / m - xHat[k] * dg[j] / m);
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int k = i * n + j;
                    out[k] = gamma[j] * inverseSd[j] * g[k];
                }
            }
        }
    }
}
