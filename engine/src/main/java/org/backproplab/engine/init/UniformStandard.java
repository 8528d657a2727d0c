package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Glorot and Bengio (2010)'s "standard" baseline, the common heuristic before them: {@code W ~ U(-1/sqrt(nIn),
 * 1/sqrt(nIn))}, biases 0. Its variance 1/(3 nIn) multiplies the variance of a linear signal by about 1/3 per
 * layer, the shrinking their paper fixes.
 */
public record UniformStandard() implements Initializer {
    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double a = Math.sqrt(1.0 / weights.rows());
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble(-a, a);
        }
        biases.fill(0.0);
    }

    // U(-a, a) has variance a^2 / 3, with a = 1/sqrt(nIn)
    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(1.0 / (3.0 * nIn));
    }
}
