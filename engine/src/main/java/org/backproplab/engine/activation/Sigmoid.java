package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * The logistic function {@code f(net) = 1 / (1 + e^-net)}, with {@code f' = out (1 - out)} as the slides derive it.
 * f' is at most 1/4, which is why a stack of sigmoid layers shrinks the gradient (the vanishing gradient). Computed
 * from {@code e^-|net|} ({@link Elementary#sigmoid}), which cannot overflow and keeps the lower tail's digits.
 */
public record Sigmoid() implements Activation {
    @Override
    public String name() {
        return "sigmoid";
    }

    /** Squashing, into (0, 1): one of the two functions Glorot and Bengio derived their initialization for. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return Elementary.sigmoid(net);
    }

    @Override
    public double derivative(double net, double out) {
        return out * (1.0 - out);
    }

    @Override
    public boolean saturated(double net, double out) {
        // Outside [0.03, 0.97]: where f' has fallen below 0.03, an eighth of its peak; the threshold of the common
        // |tanh| > 0.97 count, on the sigmoid's own scale.
        return out < 0.03 || out > 0.97;
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
        for (int i = Elementwise.VECTOR_API ? VectorActivations.sigmoidForward(n, o) : 0; i < n.length; i++) {
            o[i] = Elementary.sigmoid(n[i]);
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
            d[i] = g[i] * (o[i] * (1.0 - o[i]));
        }
    }
}
