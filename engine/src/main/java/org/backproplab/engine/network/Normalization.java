package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/**
 * What a layer does to its net input before the activation: nothing ({@link #none()}), or batch normalization
 * ({@link BatchNorm}). Between the dense product and the activation:
 * <pre>
 *   z   = out(l-1) W + b          the dense layer's product (the slides' net when there is no normalization)
 *   net = N(z)                    this interface; for none, net is z itself (the same buffer)
 *   out = f(net)
 * </pre>
 * so the activation's code and everything that reads {@code net} and {@code out} are the same with or without it.
 *
 * <p>Adding a normalization: one record implementing this interface, named in {@code permits}.
 */
public sealed interface Normalization extends java.io.Serializable permits NoNormalization, BatchNorm {

    /** The name sweeps use: {@code none} or {@code batch}. */
    String name();

    /** The learned values it adds to a layer of {@code units} units (batch normalization: gamma and beta). */
    int parameterCount(int units);

    /** A layer's learned and running values, at their start (null when there are none). */
    BatchNormParameters newParameters(int units);

    /** A workspace's per-pass buffers for {@code rows x units} (null when none are needed). */
    BatchNormBuffers newBuffers(int rows, int units);

    /**
     * {@code net = N(z)}, for the given pass; may update the running statistics in {@code p} (a training pass).
     * For {@link #none()} {@code net} and {@code z} are the same matrix and nothing is done.
     */
    void forward(Matrix z, Matrix net, BatchNormParameters p, BatchNormBuffers b, Pass pass);

    /**
     * {@code dJ/dz} from {@code dJ/dnet}, and the gradients of its learned values, after {@link #forward} on the
     * same buffers. For {@link #none()} the two are the same matrix and nothing is done.
     */
    void backward(Matrix dNet, Matrix dz, BatchNormParameters p, BatchNormBuffers b, Matrix dGamma, Matrix dBeta);

    /** No normalization: {@code net = z}. */
    static Normalization none() {
        return NoNormalization.INSTANCE;
    }

    /** Batch normalization with its usual constants ({@link BatchNorm#standard()}). */
    static Normalization batch() {
        return BatchNorm.standard();
    }

    /** Every normalization there is, in the order sweeps list them. */
    static java.util.List<Normalization> all() {
        return java.util.List.of(none(), batch());
    }

    /** The normalization called {@code name}, or an exception naming the valid ones. */
    static Normalization named(String name) {
        for (Normalization n : all()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown normalization '" + name + "'; expected one of: "
                + String.join(", ", all().stream().map(Normalization::name).toList()));
    }
}
