package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/** {@code f(net) = tanh(net)}, with {@code f' = 1 - out^2}: zero-centred, but still saturating (f' <= 1). */
public record Tanh() implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    /** Squashing, into (-1, 1), and linear with slope 1 near 0: the case Glorot's initialization was derived for. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return Elementary.tanh(net);
    }

    /** {@code 1 - out^2} in one rounding (the fused form keeps the digits that {@code out * out} would round off). */
    @Override
    public double derivative(double net, double out) {
        return Math.fma(-out, out, 1.0);
    }

    @Override
    public boolean saturated(double net, double out) {
        // |tanh| > 0.97, the count of saturated tanh units in common use (f' below 0.06, under a sixteenth of its peak).
        return Math.abs(out) > 0.97;
    }

    @Override
    public String saturationDefinition() {
        return "output within 0.03 of a limit";
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = Elementwise.VECTOR_API ? VectorActivations.tanhForward(n, o) : 0; i < n.length; i++) {
            o[i] = Elementary.tanh(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] o = out.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = 0; i < n.length; i++) {
            d[i] = g[i] * Math.fma(-o[i], o[i], 1.0);
        }
    }
}
