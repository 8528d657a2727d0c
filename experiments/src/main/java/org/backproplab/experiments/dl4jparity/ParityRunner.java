package org.backproplab.experiments.dl4jparity;

import java.util.SplittableRandom;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Updater;
import org.backproplab.reference.Dl4jReference;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains one {@link ParityCase} in the engine and in DL4J side by side: the same initial weights, the same
 * mini-batches in the same order (a fixed training set cycled batch by batch), the same updates. Each engine's
 * loss is its own, measured on the batch before its step, so the curves diverge if the engines do.
 */
final class ParityRunner {
    private ParityRunner() {
    }

    static ParityResult run(ParityCase c, int steps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Network network = Network.create(c.spec(), Initializer.xavier(), r.nextLong());
        int inputs = c.spec().inputs();
        int outputs = c.spec().layers().get(c.spec().layers().size() - 1).width();
        Matrix x = new Matrix(c.samples(), inputs);
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = r.nextDouble(-1, 1);
        }
        Matrix y = new Matrix(c.samples(), outputs);
        for (int i = 0; i < c.samples(); i++) {
            y.set(i, r.nextInt(outputs), 1.0);
        }
        int batches = c.samples() / c.batch();
        Matrix[] bx = new Matrix[batches];
        Matrix[] by = new Matrix[batches];
        for (int b = 0; b < batches; b++) {
            bx[b] = rows(x, b * c.batch(), c.batch());
            by[b] = rows(y, b * c.batch(), c.batch());
        }

        Dl4jReference dl4j = new Dl4jReference(network, c.loss(), c.dl4jUpdater());
        INDArray[] dx = new INDArray[batches];
        INDArray[] dy = new INDArray[batches];
        for (int b = 0; b < batches; b++) {
            dx[b] = Dl4jReference.toNd4j(bx[b]);
            dy[b] = Dl4jReference.toNd4j(by[b]);
        }
        Updater updater = c.optimizer().updaterFor(network);
        Workspace ws = network.workspace(c.batch());
        double[] engineLoss = new double[steps];
        double[] dl4jLoss = new double[steps];
        long engineNanos = 0;
        long dl4jNanos = 0;
        for (int step = 0; step < steps; step++) {
            int b = step % batches;
            long t0 = System.nanoTime();
            engineLoss[step] = c.loss().value(network.forward(bx[b], ws), by[b]);
            network.backward(by[b], c.loss(), ws);
            updater.step(ws.gradients());
            long t1 = System.nanoTime();
            dl4jLoss[step] = dl4j.fitAndScore(dx[b], dy[b]);
            long t2 = System.nanoTime();
            engineNanos += t1 - t0;
            dl4jNanos += t2 - t1;
        }
        double maxLossDiff = 0;
        for (int s = 0; s < steps; s++) {
            maxLossDiff = Math.max(maxLossDiff, Math.abs(engineLoss[s] - dl4jLoss[s]));
        }
        double maxParamDiff = 0;
        for (int l = 0; l < network.layers().size(); l++) {
            maxParamDiff = Math.max(maxParamDiff, maxRelative(network.layer(l).weights(), dl4j.weights(l)));
            maxParamDiff = Math.max(maxParamDiff, maxRelative(network.layer(l).biases(), dl4j.biases(l)));
        }
        return new ParityResult(c, engineLoss, dl4jLoss, maxLossDiff, maxParamDiff, engineNanos / 1e3 / steps,
                dl4jNanos / 1e3 / steps);
    }

    private static Matrix rows(Matrix m, int from, int count) {
        Matrix out = new Matrix(count, m.cols());
        System.arraycopy(m.data(), from * m.cols(), out.data(), 0, count * m.cols());
        return out;
    }

    /** Largest {@code |a - b| / max(|a|, |b|, 1e-12)}: relative, except for parameters that are zero. */
    private static double maxRelative(Matrix a, Matrix b) {
        double worst = 0;
        for (int i = 0; i < a.data().length; i++) {
            double p = a.data()[i];
            double q = b.data()[i];
            worst = Math.max(worst, Math.abs(p - q) / Math.max(1e-12, Math.max(Math.abs(p), Math.abs(q))));
        }
        return worst;
    }
}
