package org.backproplab.engine.activation;

/** ReLU capped at 6, {@code f(net) = min(max(0, net), 6)} (MobileNet's choice); f' is 1 on (0, 6), 0 outside. */
public record ReLU6() implements Activation {
    @Override
    public String name() {
        return "relu6";
    }

    /** A rectifier, capped at 6. */
    @Override
    public Family family() {
        return Family.RECTIFIER;
    }

    @Override
    public double apply(double net) {
        return Math.max(0.0, Math.min(6.0, net));
    }

    @Override
    public double derivative(double net, double out) {
        return net > 0.0 && net < 6.0 ? 1.0 : 0.0;
    }

    @Override
    public int piece(double net) {
        return net <= 0.0 ? 0 : net < 6.0 ? 1 : 2;
    }
}
