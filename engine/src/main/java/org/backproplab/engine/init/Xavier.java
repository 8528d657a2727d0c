package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Glorot and Bengio (2010), uniform form: {@code W ~ U(-a, a)} with {@code a = sqrt(6 / (nIn + nOut))}, biases 0.
 * It keeps activations and gradients at about the same variance from layer to layer for tanh-like units.
 */
public record Xavier() implements Initializer {
    @Override
    public String name() {
        return "xavier";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double a = Math.sqrt(6.0 / (weights.rows() + weights.cols()));
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble(-a, a);
        }
        biases.fill(0.0);
    }

    // U(-a, a) has variance a^2 / 3 = 2 / (nIn + nOut)
    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(2.0 / (nIn + nOut));
    }
}
