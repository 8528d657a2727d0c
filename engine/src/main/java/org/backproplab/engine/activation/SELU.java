package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * The scaled ELU (Klambauer et al., 2017): {@code lambda * net} above zero, {@code lambda * alpha (e^net - 1)}
 * below, with the two constants chosen so that, with LeCun normal initialization, activations keep mean 0 and
 * variance 1 from layer to layer ("self-normalizing").
 */
public record SELU() implements Activation {
    public static final double LAMBDA = 1.0507009873554804934193349852946;
    public static final double ALPHA = 1.6732632423543772848170429916717;
    private static final double SCALE = LAMBDA;
    private static final double SCALE_ALPHA = LAMBDA * ALPHA;

    @Override
    public String name() {
        return "selu";
    }

    /** Self-normalizing: its constants assume LeCun normal weights. */
    @Override
    public Family family() {
        return Family.SELF_NORMALIZING;
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? SCALE * net : SCALE_ALPHA * Elementary.expm1(net);
    }

    /** Below zero {@code lambda alpha e^net}, not {@code out + lambda alpha}, which cancels in the tail ({@link ELU}). */
    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? SCALE : SCALE_ALPHA * Elementary.exp(net);
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }

    // Its own loops, not the interface's: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        int i = Elementwise.VECTOR_API ? VectorActivations.eluForward(n, o, SCALE, SCALE_ALPHA) : 0;
        for (; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        int i = Elementwise.VECTOR_API ? VectorActivations.eluBackward(n, g, d, SCALE, SCALE_ALPHA) : 0;
        for (; i < n.length; i++) {
            d[i] = g[i] * derivative(n[i], 0.0);
        }
    }
}
