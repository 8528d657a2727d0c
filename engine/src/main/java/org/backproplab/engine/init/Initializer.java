package org.backproplab.engine.init;

import java.util.List;
import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.Family;
import org.backproplab.engine.matrix.Matrix;

/**
 * Sets one layer's starting weights ({@code nIn x nOut}) and biases ({@code 1 x nOut}).
 *
 * <p>The network calls it once per layer, first layer first, with one random generator seeded by the caller:
 * the same seed gives the same network, bit for bit. Deterministic initializers ignore the generator.
 */
// Serializable: a run's spec travels as it is to the executors of a cluster (the cluster module).
public sealed interface Initializer extends java.io.Serializable
        permits Explicit, Constant, UniformStandard, Xavier, XavierNormal, He, HeUniform,
        LeCunNormal, NielsenNormal {

    /** A short name for reports and provenance. */
    String name();

    void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random);

    /**
     * The variance of each starting weight of an {@code nIn x nOut} layer, or empty for a fixed start
     * ({@link Constant}, {@link Explicit}). {@code nIn} times it is the sigma_w^2 of mean-field theory (Poole et al.
     * 2016; Schoenholz et al. 2017): with the activation's slope it decides whether a gradient shrinks or grows
     * from layer to layer.
     */
    default java.util.OptionalDouble weightVariance(int nIn, int nOut) {
        return java.util.OptionalDouble.empty();
    }

    /** The variance of each starting bias: 0 for every initializer but Nielsen's N(0, 1) biases. */
    default double biasVariance() {
        return 0.0;
    }

    static Initializer constant(double weight, double bias) {
        return new Constant(weight, bias);
    }

    static Initializer xavier() {
        return new Xavier();
    }

    static Initializer he() {
        return new He();
    }

    /**
     * The initialization designed for {@code a}'s {@link Family}: He for a rectifier (it makes up for the half of
     * the signal a rectifier zeroes), LeCun normal for SELU (its constants assume it), Glorot for the rest.
     */
    static Initializer matchedTo(Activation a) {
        Family family = a.family();
        if (family == Family.RECTIFIER) {
            return he();
        }
        return family == Family.SELF_NORMALIZING ? new LeCunNormal() : xavier();
    }

    /** The random initializers, in the order a listing gives them; {@link #named} finds one by name. */
    static List<Initializer> random() {
        return List.of(new UniformStandard(), new Xavier(), new XavierNormal(), new He(), new HeUniform(),
                new LeCunNormal(), new NielsenNormal());
    }

    /** The random initializer called {@code name}, or an exception naming the bad value and the valid ones. */
    static Initializer named(String name) {
        for (Initializer i : random()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown initializer '" + name + "'; expected one of: "
                + String.join(", ", random().stream().map(Initializer::name).toList()));
    }
}
