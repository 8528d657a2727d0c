package org.backproplab.engine.activation;

/**
 * The rectifier {@code f(net) = max(0, net)}: f' is exactly 1 for every active unit, so the gradient passes
 * through any number of layers undiminished. At {@code net = 0}, where f has no derivative, we take 0, as DL4J does.
 */
public record ReLU() implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? net : 0.0;
    }

    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? 1.0 : 0.0;
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }

    @Override
    public boolean saturated(double net, double out) {
        return net <= 0.0;
    }
}
