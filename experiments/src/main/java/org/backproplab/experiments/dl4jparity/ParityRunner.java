package org.backproplab.experiments.dl4jparity;

import java.util.SplittableRandom;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.BatchNormParameters;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Parameter;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Updater;
import org.backproplab.reference.Dl4jGraphReference;
import org.backproplab.reference.Dl4jReference;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains one {@link ParityCase} in the engine and in DL4J side by side: the same initial weights, the same
 * mini-batches in the same order (a fixed training set cycled batch by batch), the same updates. Each engine's
 * loss is its own, measured on the batch before its step, so the curves diverge if the engines do. A network with
 * batch normalization or shortcuts trains in DL4J as a {@code ComputationGraph} ({@link Dl4jGraphReference}), and
 * its running means and variances are compared with its parameters.
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

        Dl4jSide dl4j = Dl4jSide.of(network, c);
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
            // A training pass: batch normalization by the batch's statistics, which it also moves (for a network
            // without it, the same as an evaluation pass: no case here has a stochastic activation)
            engineLoss[step] = c.loss().value(network.forwardTraining(bx[b], ws), by[b]);
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
        for (Parameter p : network.parameters()) {
            if (p.name().endsWith(" b") && network.layer(p.layer()).normParameters() != null) {
                // A normalized layer's bias changes nothing (normalization subtracts it again): its gradient is 0
                // in exact arithmetic, so it moves by round-off only, whose ratio means nothing (Adam, dividing by
                // sqrt(v), takes such a gradient to 1e-11 in 50 steps, on each side its own). The layer's running mean
                // is of z, bias included, so it differs by as much: 1e-11 absolute, 1e-8 relative on a mean of 1e-4.
                continue;
            }
            maxParamDiff = Math.max(maxParamDiff, maxRelative(p.value(), dl4j.valueOf(p)));
        }
        for (int l = 0; l < network.layers().size(); l++) {
            BatchNormParameters p = network.layer(l).normParameters();
            if (p != null) {
                maxParamDiff = Math.max(maxParamDiff, maxRelative(p.runningMean(), dl4j.graph.runningMean(l)));
                maxParamDiff = Math.max(maxParamDiff, maxRelative(p.runningVariance(),
                        dl4j.graph.runningVariance(l)));
            }
        }
        return new ParityResult(c, engineLoss, dl4jLoss, maxLossDiff, maxParamDiff, engineNanos / 1e3 / steps,
                dl4jNanos / 1e3 / steps);
    }

    /**
     * DL4J's side of a run: a {@code MultiLayerNetwork} for a plain chain of layers, as always, and a
     * {@code ComputationGraph} where the network has batch normalization or a shortcut (one of the two is null).
     */
    private record Dl4jSide(Dl4jReference chain, Dl4jGraphReference graph) {
        static Dl4jSide of(Network network, ParityCase c) {
            return c.hasLayerOptions() ? new Dl4jSide(null, new Dl4jGraphReference(network, c.loss(), c.dl4jUpdater()))
                    : new Dl4jSide(new Dl4jReference(network, c.loss(), c.dl4jUpdater()), null);
        }

        double fitAndScore(INDArray x, INDArray y) {
            return chain != null ? chain.fitAndScore(x, y) : graph.fitAndScore(x, y);
        }

        /** DL4J's value of the engine's parameter {@code p} (the chain's cases have weights and biases only). */
        Matrix valueOf(Parameter p) {
            if (graph != null) {
                return graph.valueOf(p);
            }
            if (p.name().endsWith(" W")) {
                return chain.weights(p.layer());
            }
            if (p.name().endsWith(" b")) {
                return chain.biases(p.layer());
            }
            throw new IllegalArgumentException("dl4j-parity's plain cases compare weights and biases, got " + p.name());
        }
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
