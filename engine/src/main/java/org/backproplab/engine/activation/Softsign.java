package org.backproplab.engine.activation;

/**
 * Softsign, {@code f(net) = net / (1 + |net|)}: tanh's shape with polynomial instead of exponential tails, so it
 * saturates more slowly (Glorot and Bengio, 2010, compare the two). {@code f' = 1 / (1 + |net|)^2}.
 */
public record Softsign() implements Activation {
    @Override
    public String name() {
        return "softsign";
    }

    /** Squashing, into (-1, 1), like tanh. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net / (1.0 + Math.abs(net));
    }

    @Override
    public double derivative(double net, double out) {
        double d = 1.0 + Math.abs(net);
        return 1.0 / (d * d);
    }

    /**
     * f' is continuous but f'' jumps at 0 (from 2 to -2), and the five-point difference assumes four smooth
     * derivatives: a step across 0 errs by about 1e-5 relative. Batch normalization centres net inputs on 0,
     * where such steps are common.
     */
    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }
}
