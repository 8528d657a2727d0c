package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * He et al. (2015), uniform form: {@code W ~ U(-a, a)} with {@code a = sqrt(6 / nIn)}, biases 0: the variance 2 /
 * nIn of {@link He}.
 */
public record HeUniform() implements Initializer {
    @Override
    public String name() {
        return "he-uniform";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double a = Math.sqrt(6.0 / weights.rows());
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble(-a, a);
        }
        biases.fill(0.0);
    }

    // U(-a, a) has variance a^2 / 3 = 2 / nIn
    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(2.0 / nIn);
    }
}
