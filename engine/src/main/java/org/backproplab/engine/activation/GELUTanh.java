package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * GELU by its tanh approximation: {@code f(net) = net/2 (1 + tanh(sqrt(2/pi) (net + 0.044715 net^3)))}, within
 * about 1e-3 of {@link GELU} and cheaper; what BERT and GPT-2 used, and DL4J's {@code GELU} by default.
 *
 * <p>Computed as {@code net sigmoid(u)}, {@code u = 2 sqrt(2/pi) (net + 0.044715 net^3)}: the same function, as
 * {@code (1 + tanh v) / 2 = sigmoid(2v)}, with one exponential and no difference near the lower tail, where
 * {@code 1 + tanh} cancels. Then {@code f' = s + net s (1 - s) u'}, {@code u' = 2 sqrt(2/pi) (1 + 3 0.044715 net^2)}.
 */
public record GELUTanh() implements Activation {
    /** {@code 2 sqrt(2/pi)}, {@code 2 sqrt(2/pi) 0.044715} and {@code 6 sqrt(2/pi) 0.044715}, correctly rounded. */
    static final double TWO_C = 0x1.9884533d43651p+0;
    static final double TWO_CK = 0x1.2444f2a4d8b4bp-4;
    static final double SIX_CK = 0x1.b6676bf7450f0p-3;

    @Override
    public String name() {
        return "gelu-tanh";
    }

    /** Smooth, as the GELU it approximates. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net * Elementary.sigmoid(net * Math.fma(TWO_CK, net * net, TWO_C));
    }

    @Override
    public double derivative(double net, double out) {
        return slope(net);
    }

    /** s and 1 - s as {@link Swish#slope} makes them, from {@code e^-|u|} and one division. */
    static double slope(double x) {
        double x2 = x * x;
        double u = x * Math.fma(TWO_CK, x2, TWO_C);
        double e = Elementary.exp(-Math.abs(u));
        double r = 1.0 / (1.0 + e);
        boolean positive = u >= 0.0;
        double s = (positive ? 1.0 : e) * r;
        double complement = (positive ? e : 1.0) * r;
        return Math.fma(x * s * complement, Math.fma(SIX_CK, x2, TWO_C), s);
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.geluTanhForward(n, o) : 0; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.geluTanhBackward(n, g, d) : 0; i < n.length; i++) {
            d[i] = g[i] * slope(n[i]);
        }
    }
}
