package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/** Every weight {@code weight}, every bias {@code bias}: the XOR seed's "all weights are set to 1". */
public record Constant(double weight, double bias) implements Initializer {
    public Constant {
        if (!Double.isFinite(weight) || !Double.isFinite(bias)) {
            throw new IllegalArgumentException("constant weights must be finite, got " + weight + " and " + bias);
        }
    }

    @Override
    public String name() {
        return "constant(" + weight + ", " + bias + ")";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        weights.fill(weight);
        biases.fill(bias);
    }
}
