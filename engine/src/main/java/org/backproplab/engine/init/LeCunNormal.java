package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * LeCun et al. (1998), normal form: {@code W ~ N(0, 1 / nIn)}, biases 0. With SELU units it keeps activations at
 * mean 0 and variance 1 (Klambauer et al., 2017), which is what SELU's constants assume.
 */
public record LeCunNormal() implements Initializer {
    @Override
    public String name() {
        return "lecun-normal";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double sd = Math.sqrt(1.0 / weights.rows());
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * sd;
        }
        biases.fill(0.0);
    }

    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(1.0 / nIn);
    }
}
