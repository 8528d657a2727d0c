package org.backproplab.engine.activation;

/** {@code f(net) = tanh(net)}, with {@code f' = 1 - out^2}: zero-centred, but still saturating (f' <= 1). */
public record Tanh() implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double apply(double net) {
        return Math.tanh(net);
    }

    @Override
    public double derivative(double net, double out) {
        return 1.0 - out * out;
    }

    @Override
    public boolean saturated(double net, double out) {
        return Math.abs(out) > 0.99;
    }
}
