package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Softplus, {@code f(net) = ln(1 + e^net)}: a smooth ReLU whose derivative is the sigmoid. Computed as
 * {@code max(net, 0) + ln(1 + e^-|net|)} ({@link Elementary#softplus}), which neither overflows for large
 * {@code net} nor loses it to rounding.
 */
public record Softplus() implements Activation {
    @Override
    public String name() {
        return "softplus";
    }

    /** Smooth: a rectifier rounded off, positive everywhere, with slope 1/2 at 0. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return Elementary.softplus(net);
    }

    @Override
    public double derivative(double net, double out) {
        return Elementary.sigmoid(net);
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.softplusForward(n, o) : 0; i < n.length; i++) {
            o[i] = Elementary.softplus(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.softplusBackward(n, g, d) : 0; i < n.length; i++) {
            d[i] = g[i] * Elementary.sigmoid(n[i]);
        }
    }
}
