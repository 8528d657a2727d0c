package org.backproplab.engine.activation;

/**
 * The scaled ELU (Klambauer et al., 2017): {@code lambda * net} above zero, {@code lambda * alpha (e^net - 1)}
 * below, with the two constants chosen so that, with LeCun normal initialization, activations keep mean 0 and
 * variance 1 from layer to layer ("self-normalizing").
 */
public record SELU() implements Activation {
    public static final double LAMBDA = 1.0507009873554804934193349852946;
    public static final double ALPHA = 1.6732632423543772848170429916717;

    @Override
    public String name() {
        return "selu";
    }

    /** Self-normalizing: its constants assume LeCun normal weights. */
    @Override
    public Family family() {
        return Family.SELF_NORMALIZING;
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? LAMBDA * net : LAMBDA * ALPHA * Math.expm1(net);
    }

    /** Below zero {@code lambda alpha e^net}, not {@code out + lambda alpha}, which cancels in the tail ({@link ELU}). */
    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? LAMBDA : LAMBDA * ALPHA * Math.exp(net);
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }
}
