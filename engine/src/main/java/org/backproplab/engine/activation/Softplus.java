package org.backproplab.engine.activation;

/**
 * Softplus, {@code f(net) = ln(1 + e^net)}: a smooth ReLU whose derivative is the sigmoid. Computed as
 * {@code max(net, 0) + ln(1 + e^-|net|)}, which neither overflows for large {@code net} nor loses it to rounding.
 */
public record Softplus() implements Activation {
    @Override
    public String name() {
        return "softplus";
    }

    /** Smooth: a rectifier rounded off, positive everywhere, with slope 1/2 at 0. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return softplus(net);
    }

    @Override
    public double derivative(double net, double out) {
        return 1.0 / (1.0 + Math.exp(-net));
    }

    static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
