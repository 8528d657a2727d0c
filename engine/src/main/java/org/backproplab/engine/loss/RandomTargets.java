package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * The three kinds of random target the losses draw ({@link Loss#fillRandomTargets}). The calls on the generator
 * and their order are part of the contract: a gradient check seeded the same must draw the same targets.
 */
final class RandomTargets {
    private RandomTargets() {
    }

    /** One 1 per row, in a column drawn with {@code nextInt(cols)}, row by row; every other element 0. */
    static void oneHot(Matrix target, RandomGenerator random) {
        target.fill(0.0);
        for (int i = 0; i < target.rows(); i++) {
            target.set(i, random.nextInt(target.cols()), 1.0);
        }
    }

    /** Every element {@code nextDouble()}, in [0, 1), in row-major order. */
    static void probabilities(Matrix target, RandomGenerator random) {
        double[] t = target.data();
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextDouble();
        }
    }

    /** Every element {@code nextDouble(-1, 1)}, in row-major order. */
    static void values(Matrix target, RandomGenerator random) {
        double[] t = target.data();
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextDouble(-1, 1);
        }
    }
}
