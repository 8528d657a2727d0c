package org.backproplab.engine.activation;

/**
 * Swish, also SiLU (Ramachandran et al., 2017; Elfwing et al., 2018): {@code f(net) = net * sigmoid(net)}.
 * Smooth, not monotonic (a small dip below zero), unbounded above. {@code f' = out + sigmoid(net) (1 - out)}.
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
        return net / (1.0 + Math.exp(-net));
    }

    @Override
    public double derivative(double net, double out) {
        double s = 1.0 / (1.0 + Math.exp(-net));
        return out + s * (1.0 - out);
    }
}
