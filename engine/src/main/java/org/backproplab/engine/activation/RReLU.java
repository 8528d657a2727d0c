package org.backproplab.engine.activation;

import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Randomized leaky ReLU (Xu et al., 2015): below zero, a slope drawn afresh from {@code U(lower, upper)} for every
 * unit of every sample in each training pass, which acts as a regularizer; outside training the fixed mean slope
 * {@code (lower + upper) / 2}. The defaults 1/8 and 1/3 are the paper's (and DL4J's).
 *
 * <p>The backward pass needs the slope that was drawn, and reads it back as {@code out / net}: exact to
 * rounding, and it saves keeping a buffer of the draws.
 */
public record RReLU(double lower, double upper) implements Activation {
    public static final double LOWER = 1.0 / 8;
    public static final double UPPER = 1.0 / 3;

    public RReLU {
        if (!(lower >= 0.0 && lower <= upper && upper < 1.0)) {
            throw new IllegalArgumentException("RReLU needs 0 <= lower <= upper < 1, got " + lower + " and " + upper);
        }
    }

    @Override
    public String name() {
        return "rrelu";
    }

    /** A rectifier: net above zero, a random slope below in training. */
    @Override
    public Family family() {
        return Family.RECTIFIER;
    }

    /** The mean slope used outside training. */
    public double meanSlope() {
        return 0.5 * (lower + upper);
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? net : meanSlope() * net;
    }

    @Override
    public double derivative(double net, double out) {
        if (net > 0.0) {
            return 1.0;
        }
        return net < 0.0 ? out / net : meanSlope();
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }

    @Override
    public void forwardTraining(Matrix net, Matrix out, Matrix parameters, RandomGenerator random) {
        double[] n = net.data();
        double[] o = out.data();
        for (int i = 0; i < n.length; i++) {
            o[i] = n[i] > 0.0 ? n[i] : random.nextDouble(lower, Math.nextUp(upper)) * n[i];
        }
    }
}
