package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Nielsen's default in network2.py ("Neural Networks and Deep Learning", chapter 3), the one his chapter-5
 * measurement of the vanishing gradient uses: {@code W ~ N(0, 1) / sqrt(nIn)} and biases {@code ~ N(0, 1)}. The
 * weights are LeCun's normal ones; the biases are not zero, which shifts every unit's net input by a random
 * amount and, in a sigmoid network, pushes some units towards saturation from the start.
 */
public record NielsenNormal() implements Initializer {
    @Override
    public String name() {
        return "nielsen";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        double sd = Math.sqrt(1.0 / weights.rows());
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * sd;
        }
        double[] b = biases.data();
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextGaussian();
        }
    }

    @Override
    public java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.of(1.0 / nIn);
    }

    @Override
    public double biasVariance() {
        return 1.0;
    }
}
