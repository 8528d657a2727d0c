package org.backproplab.experiments.exercise;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;

/**
 * What theory predicts for the gradient of a deep random network: the mean-field result of Poole et al. (2016) and
 * Schoenholz et al. (2017). In a wide layer with zero-mean weights of variance {@code sigma_w^2 / n} and biases of
 * variance {@code sigma_b^2}, the net inputs are Gaussian with a variance {@code q} that settles, layer after layer,
 * at the fixed point of {@code q = sigma_w^2 E[f(z)^2] + sigma_b^2}, {@code z ~ N(0, q)}. Back-propagation
 * multiplies the squared size of the gradient by {@code chi = sigma_w^2 E[f'(z)^2]} per layer, so its size changes
 * by {@link #factor} = sqrt(chi) per layer: below 1 it vanishes, above 1 it explodes.
 *
 * <p>Where it is exact and where not: ReLU's slope is 0 or 1, so {@code E[f'^2] = 1/2} at any {@code q} and
 * {@code chi = sigma_w^2 / 2} exactly (He's 2/n gives 1); for a smooth unit it is exact for wide layers at
 * initialization only. It says nothing about training, which moves the weights away from random.
 *
 * @param sigmaW2 {@code n Var(w)}: 1/3 for the standard uniform initialization, 1 for Xavier's at equal widths and
 *                LeCun's, 2 for He's
 * @param sigmaB2 the biases' variance (0 but for Nielsen's N(0, 1) biases)
 */
public record MeanField(Activation activation, double sigmaW2, double sigmaB2) {
    /** Simpson's rule over +/- 12 sd, split at 0 where the rectifiers' slope jumps: far finer than 3 digits. */
    private static final int STEPS = 4000;
    private static final double SPAN = 12.0;

    /** The theory for {@code init} in hidden layers of {@code width} units (nIn = nOut = width). */
    public static MeanField of(Activation activation, Initializer init, int width) {
        double variance = init.weightVariance(width, width).orElseThrow(() -> new IllegalArgumentException(
                init.name() + " draws no random weights; expected a random initializer"));
        return new MeanField(activation, width * variance, init.biasVariance());
    }

    /**
     * The net inputs' variance deep in the network: the map {@code q -> sigma_w^2 E[f(z)^2] + sigma_b^2} iterated
     * from 1 (the inputs' scale) until it settles, or until it has clearly gone to 0 or to infinity (a ReLU network
     * whose chi is not 1 has no fixed point but 0 or infinity; its chi does not depend on q).
     */
    public double fixedPoint() {
        double q = 1.0;
        for (int i = 0; i < 2000; i++) {
            double next = sigmaW2 * expectation(q, false) + sigmaB2;
            if (Math.abs(next - q) <= 1e-13 * Math.max(q, 1e-300) || next < 1e-200 || next > 1e12) {
                return next;
            }
            q = next;
        }
        return q;
    }

    /** {@code chi = sigma_w^2 E[f'(z)^2]} at the fixed point: what one layer does to the gradient's square. */
    public double chi() {
        return sigmaW2 * expectation(fixedPoint(), true);
    }

    /** The predicted change of the gradient's size per layer, sqrt(chi). */
    public double factor() {
        return Math.sqrt(chi());
    }

    /** E[f(z)^2] or E[f'(z)^2] for z ~ N(0, q). */
    double expectation(double q, boolean slope) {
        double sd = Math.sqrt(q);
        if (sd < 1e-150) {
            // All net inputs at 0: the slope there (the mean of its two sides where it jumps, as at ReLU's 0).
            double left = value(-1e-300, slope);
            double right = value(1e-300, slope);
            return (left + right) / 2;
        }
        return half(-SPAN, sd, slope) + half(SPAN, sd, slope);
    }

    /** The integral over one side of 0, in units of sd, by Simpson's rule. */
    private double half(double end, double sd, boolean slope) {
        double h = end / STEPS;
        double sum = 0;
        for (int i = 0; i <= STEPS; i++) {
            double x = i * h;
            double weight = i == 0 || i == STEPS ? 1 : (i % 2 == 1 ? 4 : 2);
            // Just off 0 on this side, so that a jump at 0 takes this side's value.
            double z = i == 0 ? Math.copySign(1e-300, end) : x * sd;
            sum += weight * value(z, slope) * Math.exp(-x * x / 2);
        }
        return Math.abs(h) / 3 * sum / Math.sqrt(2 * Math.PI);
    }

    private double value(double z, boolean slope) {
        double out = activation.apply(z);
        double v = slope ? activation.derivative(z, out) : out;
        return v * v;
    }
}
