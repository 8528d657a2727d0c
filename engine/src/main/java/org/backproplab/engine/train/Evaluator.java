package org.backproplab.engine.train;

import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Pass;
import org.backproplab.engine.network.Workspace;

/**
 * Measures a network on a fixed data set (all rows as one batch, through a workspace made once).
 *
 * <p>Accuracy compares classes: the arg-max output against the arg-max target, or for a single output, which
 * side of 0.5 each lies on.
 */
public final class Evaluator {
    private final Loss loss;
    private final Matrix x;
    private final Matrix y;
    private final Workspace ws;

    public Evaluator(Network network, Loss loss, Matrix x, Matrix y) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("inputs have " + x.rows() + " rows but targets " + y.rows());
        }
        this.loss = loss;
        this.x = x;
        this.y = y;
        this.ws = network.workspace(x.rows());
    }

    /** Shares the products of this evaluator's forward passes between {@code cores}; the same bits as on one. */
    public void useCores(org.backproplab.engine.matrix.Cores cores) {
        ws.useCores(cores);
    }

    /**
     * Sets every batch-normalized layer's running statistics to those of this evaluator's data set, for the network
     * as it is now (Ioffe and Szegedy's Algorithm 2): what an evaluation pass after it normalizes by. Meant for the
     * training set; a network without batch normalization is left as it is.
     */
    public void setPopulationStatistics(Network network) {
        if (network.normalizesBatches()) {
            network.forward(x, ws, Pass.POPULATION_STATISTICS);
        }
    }

    /** Loss, accuracy, per-layer gradient norms and saturation of {@code network} (of the shape given at construction). */
    public Evaluation evaluate(Network network) {
        Matrix out = network.forward(x, ws);
        double value = loss.value(out, y);
        double accuracy = accuracy(out, y);
        if (network.normalizesBatches()) {
            // The gradient training follows is that of the batch-normalized function: measure that one (over
            // the whole set as one batch), not the running statistics' fixed affine map.
            network.forward(x, ws, Pass.BATCH_STATISTICS);
        }
        network.backward(y, loss, ws);
        double[] norms = new double[network.layers().size()];
        double[] saturation = new double[norms.length];
        for (int l = 0; l < norms.length; l++) {
            norms[l] = ws.gradients().weightNorm(l);
            var f = network.layer(l).activation();
            double[] net = ws.net(l).data();
            double[] o = ws.activated(l).data();
            int saturated = 0;
            for (int i = 0; i < o.length; i++) {
                saturated += f.saturated(net[i], o[i]) ? 1 : 0;
            }
            saturation[l] = (double) saturated / o.length;
        }
        return new Evaluation(value, accuracy, norms, saturation);
    }

    /** The fraction of rows whose predicted class matches the target's. */
    public static double accuracy(Matrix out, Matrix target) {
        int correct = 0;
        for (int r = 0; r < out.rows(); r++) {
            if (predictedClass(out, r) == predictedClass(target, r)) {
                correct++;
            }
        }
        return (double) correct / out.rows();
    }

    private static int predictedClass(Matrix m, int row) {
        int n = m.cols();
        double[] d = m.data();
        if (n == 1) {
            return d[row] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (d[row * n + k] > d[row * n + best]) {
                best = k;
            }
        }
        return best;
    }
}
