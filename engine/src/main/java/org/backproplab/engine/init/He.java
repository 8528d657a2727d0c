package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * He et al. (2015): {@code W ~ N(0, 2 / nIn)}, biases 0. The factor 2 makes up for ReLU zeroing half its inputs,
 * so the signal keeps its scale through deep ReLU stacks.
 */
public record He() implements Initializer {
    @Override
    public String name() {
        return "he";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double sd = Math.sqrt(2.0 / weights.rows());
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * sd;
        }
        biases.fill(0.0);
    }

    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(2.0 / nIn);
    }
}
