package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * The exponential linear unit (Clevert et al., 2016): {@code net} above zero, {@code alpha (e^net - 1)} below,
 * which saturates smoothly at {@code -alpha} and pushes mean activations towards zero. Below zero
 * {@code f' = alpha e^net}: equal to {@code out + alpha}, but that sum cancels as out nears -alpha and keeps no
 * correct digit below net = -37 (its relative error is about 1e-16 e^|net|); the exponential keeps all of them.
 */
public record ELU(double alpha) implements Activation {
    public static final double DEFAULT_ALPHA = 1.0;

    public ELU {
        if (!(alpha > 0.0 && Double.isFinite(alpha))) {
            throw new IllegalArgumentException("ELU alpha must be a finite number > 0, got " + alpha);
        }
    }

    @Override
    public String name() {
        return "elu";
    }

    /** A rectifier above zero (exactly net); below, a curve bounded by -alpha instead of 0. */
    @Override
    public Family family() {
        return Family.RECTIFIER;
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? net : alpha * Elementary.expm1(net);
    }

    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? 1.0 : alpha * Elementary.exp(net);
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
        int i = Elementwise.VECTOR_API ? VectorActivations.eluForward(n, o, 1.0, alpha) : 0;
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
        int i = Elementwise.VECTOR_API ? VectorActivations.eluBackward(n, g, d, 1.0, alpha) : 0;
        for (; i < n.length; i++) {
            d[i] = g[i] * derivative(n[i], 0.0);
        }
    }
}
