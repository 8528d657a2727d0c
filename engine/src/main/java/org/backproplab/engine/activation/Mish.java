package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Mish (Misra, 2019): {@code f(net) = net * tanh(softplus(net))}; like Swish, smooth and slightly negative below
 * zero. {@code f' = t + net (1 - t^2) sigmoid(net)}, {@code t = tanh(softplus(net))}, as {@code softplus' = sigmoid}.
 *
 * <p>t needs no tanh and no logarithm: with {@code u = e^net}, {@code tanh(ln(1 + u)) = (u^2 + 2u) / (u^2 + 2u + 2)}.
 * Written in {@code w = e^-|net|}, which cannot overflow: {@code (1 + 2w) / (1 + 2w + 2w^2)} for net >= 0 and
 * {@code w (w + 2) / (w (w + 2) + 2)} below, and {@code 1 - t} is {@code 2w^2} or {@code 2} over the same
 * denominator, with no difference to lose digits in.
 */
public record Mish() implements Activation {
    @Override
    public String name() {
        return "mish";
    }

    /** Smooth, like Swish: slope about 0.6 at 0, a small dip below zero. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        double w = Elementary.exp(-Math.abs(net));
        boolean positive = net >= 0.0;
        double num = positive ? 1.0 + 2.0 * w : w * (w + 2.0);
        double k = positive ? w * w : 1.0;
        return net * (num / (num + 2.0 * k));
    }

    @Override
    public double derivative(double net, double out) {
        return slope(net);
    }

    static double slope(double x) {
        double w = Elementary.exp(-Math.abs(x));
        boolean positive = x >= 0.0;
        double num = positive ? 1.0 + 2.0 * w : w * (w + 2.0);
        double k = positive ? w * w : 1.0;
        double den = num + 2.0 * k;
        // One division for 1/den and the sigmoid's 1/(1 + w): a division costs several multiplications.
        double onePlusW = 1.0 + w;
        double both = 1.0 / (den * onePlusW);
        double t = num * onePlusW * both;
        double complement = 2.0 * k * onePlusW * both;
        double sigmoid = (positive ? 1.0 : w) * den * both;
        return Math.fma(x * complement * (1.0 + t), sigmoid, t);
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.mishForward(n, o) : 0; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.mishBackward(n, g, d) : 0; i < n.length; i++) {
            d[i] = g[i] * slope(n[i]);
        }
    }
}
