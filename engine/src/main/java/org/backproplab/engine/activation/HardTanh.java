package org.backproplab.engine.activation;

/** Hard tanh, {@code f(net) = net} clipped to [-1, 1]: f' is 1 inside and 0 outside (0 at the corners, as DL4J). */
public record HardTanh() implements Activation {
    @Override
    public String name() {
        return "hard-tanh";
    }

    /** Squashing: tanh's piecewise-linear stand-in, the identity on (-1, 1). */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return Math.max(-1.0, Math.min(1.0, net));
    }

    @Override
    public double derivative(double net, double out) {
        return net > -1.0 && net < 1.0 ? 1.0 : 0.0;
    }

    @Override
    public int piece(double net) {
        return net <= -1.0 ? 0 : net < 1.0 ? 1 : 2;
    }
}
