package org.backproplab.benchmarks;

import java.util.SplittableRandom;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;

/**
 * What both engines start from: one case's initial network and a few seeded mini-batches. The engine and DL4J are
 * each built from the same {@code StepData}, so they hold the same weights and see the same batches in the same
 * order.
 *
 * <p>The batches are cycled rather than one batch repeated, so that the gradient never settles to zero (a net fitted
 * exactly to one batch would drift into denormal numbers, which are slow on x86 and would time the hardware's
 * fallback, not the engine).
 *
 * @param initial the starting weights; never trained itself (each engine trains a copy)
 */
public record StepData(BenchCase benchCase, Network initial, Matrix[] inputs, Matrix[] targets) {
    /** Mini-batches per case (XOR's four points are its whole data set, so it has one). */
    static final int BATCHES = 8;
    /** SGD's learning rate in both engines: small, because a benchmark takes millions of steps on one batch set. */
    public static final double RATE = 0.01;

    public StepData {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException(
                    "need as many target batches as input batches, got " + inputs.length + " and " + targets.length);
        }
        inputs = inputs.clone();
        targets = targets.clone();
    }

    /** Xavier-initialized weights and random batches, all from {@code seed}. */
    public static StepData of(BenchCase c, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Network initial = Network.create(c.spec(), Initializer.xavier(), random.nextLong());
        int count = c.targets() == BenchCase.Targets.XOR ? 1 : BATCHES;
        Matrix[] x = new Matrix[count];
        Matrix[] y = new Matrix[count];
        for (int b = 0; b < count; b++) {
            x[b] = new Matrix(c.batch(), c.spec().inputs());
            y[b] = new Matrix(c.batch(), c.spec().outputs());
            fill(c, x[b], y[b], random);
        }
        return new StepData(c, initial, x, y);
    }

    private static void fill(BenchCase c, Matrix x, Matrix y, SplittableRandom random) {
        if (c.targets() == BenchCase.Targets.XOR) {
            if (c.batch() != 4 || x.cols() != 2 || y.cols() != 1) {
                throw new IllegalArgumentException("XOR targets need a 2-input, 1-output net and batch 4, got "
                        + c.spec() + " batch " + c.batch());
            }
            double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
            for (int i = 0; i < 4; i++) {
                x.set(i, 0, points[i][0]);
                x.set(i, 1, points[i][1]);
                y.set(i, 0, points[i][0] != points[i][1] ? 1 : 0);
            }
            return;
        }
        double[] xd = x.data();
        for (int i = 0; i < xd.length; i++) {
            xd[i] = random.nextDouble(-1, 1);
        }
        double[] yd = y.data();
        switch (c.targets()) {
            case UNIT_INTERVAL -> {
                for (int i = 0; i < yd.length; i++) {
                    yd[i] = random.nextDouble(0.01, 0.99);
                }
            }
            case SIGNED -> {
                for (int i = 0; i < yd.length; i++) {
                    yd[i] = random.nextDouble(-1, 1);
                }
            }
            case ONE_HOT -> {
                for (int r = 0; r < y.rows(); r++) {
                    y.set(r, random.nextInt(y.cols()), 1.0);
                }
            }
            default -> throw new IllegalStateException("unhandled targets " + c.targets());
        }
    }

    public int batches() {
        return inputs.length;
    }
}
