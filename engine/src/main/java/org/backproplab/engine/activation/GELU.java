package org.backproplab.engine.activation;

import org.apache.commons.math3.special.Erf;

/**
 * The Gaussian error linear unit, exactly (Hendrycks and Gimpel, 2016): {@code f(net) = net * Phi(net)}, Phi the
 * standard normal distribution function, {@code Phi(x) = (1 + erf(x / sqrt 2)) / 2}; {@code f' = Phi + net phi}.
 * {@link GELUTanh} is the cheaper approximation most libraries (DL4J's default among them) compute.
 */
public record GELU() implements Activation {
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    @Override
    public String name() {
        return "gelu";
    }

    /** Smooth: it only approaches a rectifier away from 0, with slope 1/2 at 0, and dips below zero. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net * phiCdf(net);
    }

    @Override
    public double derivative(double net, double out) {
        return phiCdf(net) + net * INV_SQRT_2PI * Math.exp(-0.5 * net * net);
    }

    private static double phiCdf(double x) {
        // erfc for negative arguments keeps the tail accurate where 1 + erf would cancel.
        return x < 0 ? 0.5 * Erf.erfc(-x * INV_SQRT2) : 0.5 * (1.0 + Erf.erf(x * INV_SQRT2));
    }
}
