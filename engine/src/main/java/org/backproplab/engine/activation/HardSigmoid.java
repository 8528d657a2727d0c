package org.backproplab.engine.activation;

/**
 * Hard sigmoid, {@code f(net) = slope * net + 0.5} clipped to [0, 1]: a piecewise-linear stand-in for the
 * sigmoid. Libraries disagree on the slope: 0.2 in DL4J and Keras 2 (our default), 1/6 in PyTorch. f' is the slope
 * for {@code |net| < 0.5 / slope}, 0 outside.
 */
public record HardSigmoid(double slope) implements Activation {
    public static final double DEFAULT_SLOPE = 0.2;

    public HardSigmoid {
        if (!(slope > 0.0 && Double.isFinite(slope))) {
            throw new IllegalArgumentException("hard sigmoid slope must be a finite number > 0, got " + slope);
        }
    }

    @Override
    public String name() {
        return "hard-sigmoid";
    }

    /** Squashing: the sigmoid's piecewise-linear stand-in. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return Math.max(0.0, Math.min(1.0, slope * net + 0.5));
    }

    @Override
    public double derivative(double net, double out) {
        double edge = 0.5 / slope;
        return net > -edge && net < edge ? slope : 0.0;
    }

    @Override
    public int piece(double net) {
        return net <= -0.5 / slope ? 0 : net < 0.5 / slope ? 1 : 2;
    }
}
