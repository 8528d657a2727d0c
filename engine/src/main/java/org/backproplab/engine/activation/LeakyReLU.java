package org.backproplab.engine.activation;

/**
 * Leaky ReLU, {@code f(net) = net} for {@code net > 0} and {@code slope * net} otherwise (Maas et al., 2013): a
 * unit pushed below zero still passes a small gradient, so it can recover instead of dying. DL4J's default slope
 * is 0.01, as here.
 */
public record LeakyReLU(double slope) implements Activation {
    public static final double DEFAULT_SLOPE = 0.01;

    public LeakyReLU {
        if (!(slope >= 0.0 && slope < 1.0)) {
            throw new IllegalArgumentException("leaky ReLU slope must be in [0, 1), got " + slope);
        }
    }

    @Override
    public String name() {
        return "leaky-relu";
    }

    /** A rectifier: net above zero, a small fixed slope below. */
    @Override
    public Family family() {
        return Family.RECTIFIER;
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? net : slope * net;
    }

    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? 1.0 : slope;
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }
}
