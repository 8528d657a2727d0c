package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Swish, also SiLU (Ramachandran et al., 2017; Elfwing et al., 2018): {@code f(net) = net * sigmoid(net)}.
 * Smooth, not monotonic (a small dip below zero), unbounded above. {@code f' = s + net s (1 - s)}, s the sigmoid.
 */
public record Swish() implements Activation {
    @Override
    public String name() {
        return "swish";
    }

    /** Smooth: it only approaches a rectifier away from 0, with slope 1/2 at 0, and dips below zero. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net * Elementary.sigmoid(net);
    }

    @Override
    public double derivative(double net, double out) {
        return slope(net);
    }

    /**
     * {@code s + x s (1 - s)}, with s and 1 - s both from {@code e = e^-|x|} and one division:
     * {@code s = 1/(1 + e)} and {@code 1 - s = e/(1 + e)} for x >= 0, the other way round below; neither is a
     * difference, so neither loses digits in a tail (the old {@code out + s (1 - out)} did, far below zero).
     */
    static double slope(double x) {
        double e = Elementary.exp(-Math.abs(x));
        double r = 1.0 / (1.0 + e);
        boolean positive = x >= 0.0;
        double s = (positive ? 1.0 : e) * r;
        double complement = (positive ? e : 1.0) * r;
        return Math.fma(x * s, complement, s);
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.swishForward(n, o) : 0; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.swishBackward(n, g, d) : 0; i < n.length; i++) {
            d[i] = g[i] * slope(n[i]);
        }
    }
}
