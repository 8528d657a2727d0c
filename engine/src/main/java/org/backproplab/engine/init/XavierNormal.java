package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Glorot and Bengio (2010), normal form: {@code W ~ N(0, 2 / (nIn + nOut))}, biases 0: the same variance as {@link
 * Xavier}'s uniform form.
 */
public record XavierNormal() implements Initializer {
    @Override
    public String name() {
        return "xavier-normal";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double sd = Math.sqrt(2.0 / (weights.rows() + weights.cols()));
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * sd;
        }
        biases.fill(0.0);
    }

    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(2.0 / (nIn + nOut));
    }
}
