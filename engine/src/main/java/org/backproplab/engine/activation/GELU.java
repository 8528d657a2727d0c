package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * The Gaussian error linear unit, exactly (Hendrycks and Gimpel, 2016): {@code f(net) = net * Phi(net)}, Phi the
 * standard normal distribution function, {@code Phi(x) = (1 + erf(x / sqrt 2)) / 2}; {@code f' = Phi + net phi},
 * with Phi taken from {@code out / net} on the way back.
 * Phi is {@link Normal}'s, accurate in the lower tail, where {@code 1 + erf} would cancel. {@link GELUTanh} is the
 * cheaper approximation most libraries (DL4J's default among them) compute.
 */
public record GELU() implements Activation {
    @Override
    public String name() {
        return "gelu";
    }

    /** Smooth: it only approaches a rectifier away from 0, with slope 1/2 at 0, and dips below zero. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net * Normal.cdf(net);
    }

    @Override
    public double derivative(double net, double out) {
        return Normal.geluSlope(net, out);
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.geluForward(n, o) : 0; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] o = out.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.geluBackward(n, o, g, d) : 0; i < n.length; i++) {
            d[i] = g[i] * Normal.geluSlope(n[i], o[i]);
        }
    }
}
