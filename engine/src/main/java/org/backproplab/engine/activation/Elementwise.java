package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Shape checks shared by the element-by-element passes of every activation.
 *
 * <p>The hot activations (identity, sigmoid, tanh, ReLU) write their own {@code forward} and {@code backward}
 * loops rather than inherit {@link Activation}'s default ones. The default loop is compiled once for all the
 * activations a program uses, so its call of {@code apply} or {@code derivative} becomes a virtual call per
 * element; a loop in the record calls a known function, which the JIT inlines (measured: the 64-30x5-10 step spent
 * a third of its time in the default loops). The transcendental ones (sigmoid, tanh, the ELUs, softplus, Swish,
 * Mish, both GELUs) run their whole vectors through {@link VectorActivations} and finish with their scalar function.
 */
final class Elementwise {
    private Elementwise() {
    }

    /**
     * Whether this JVM has the Vector API ({@code --add-modules jdk.incubator.vector}); read once. Without it the
     * transcendental activations run {@link Elementary}'s scalar functions, with the same bits.
     */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    static void requireSameShape(String op, Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(op + ": " + a.shape() + " and " + b.shape() + " differ in shape");
        }
    }

    /** The four matrices of a backward pass: net, out, dOut and delta, all one shape. */
    static void requireSameShape(String op, Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        requireSameShape(op, net, out);
        requireSameShape(op, net, dOut);
        requireSameShape(op, net, delta);
    }
}
