package org.backproplab.engine.init;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Sets one layer's starting weights ({@code nIn x nOut}) and biases ({@code 1 x nOut}).
 *
 * <p>The network calls it once per layer, first layer first, with one random generator seeded by the caller:
 * the same seed gives the same network, bit for bit. Deterministic initializers ignore the generator.
 */
public sealed interface Initializer permits Explicit, Constant, Xavier, He {

    /** A short name for reports and provenance. */
    String name();

    void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random);

    static Initializer constant(double weight, double bias) {
        return new Constant(weight, bias);
    }

    static Initializer xavier() {
        return new Xavier();
    }

    static Initializer he() {
        return new He();
    }
}
