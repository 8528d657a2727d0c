package org.backproplab.engine.activation;

/**
 * Mish (Misra, 2019): {@code f(net) = net * tanh(softplus(net))}; like Swish, smooth and slightly negative below
 * zero. {@code f' = tanh(sp) + net * (1 - tanh(sp)^2) * sigmoid(net)}, as {@code sp' = sigmoid}.
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
        return net * Math.tanh(Softplus.softplus(net));
    }

    @Override
    public double derivative(double net, double out) {
        double t = Math.tanh(Softplus.softplus(net));
        return t + net * (1.0 - t * t) / (1.0 + Math.exp(-net));
    }
}
