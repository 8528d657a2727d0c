package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.Sigmoid;
import org.backproplab.engine.matrix.Matrix;

/**
 * Per sample {@code -sum_o [t_o ln(out_o) + (1 - t_o) ln(1 - out_o)]}, for outputs that are probabilities
 * (a sigmoid output layer). With a sigmoid, {@code dE/dout * f'(net)} simplifies to {@code out - target}: the
 * sigmoid's vanishing derivative is cancelled at the output, which is why this pairing is the usual one.
 *
 * <p>Outputs are clipped to [1e-15, 1 - 1e-15] before the logarithms, so a saturated unit gives a large finite
 * loss rather than infinity (as DL4J's XENT does); inside that range value and gradient are exact.
 */
public record BinaryCrossEntropy() implements Loss {
    private static final double EPS = 1e-15;

    @Override
    public String name() {
        return "binary-cross-entropy";
    }

    /** A sigmoid: each output a probability. */
    @Override
    public Activation outputActivation() {
        return Activation.sigmoid();
    }

    /** Not regression: it compares probabilities. */
    @Override
    public boolean isRegression() {
        return false;
    }

    /** Probabilities in [0, 1): soft targets are as valid as 0 and 1. */
    @Override
    public void fillRandomTargets(Matrix target, RandomGenerator random) {
        RandomTargets.probabilities(target, random);
    }

    @Override
    public double value(Matrix out, Matrix target) {
        Loss.requireSameShape(out, target, null);
        double[] o = out.data();
        double[] t = target.data();
        double sum = 0.0;
        for (int i = 0; i < o.length; i++) {
            double p = clip(o[i]);
            sum -= t[i] * Math.log(p) + (1.0 - t[i]) * Math.log(1.0 - p);
        }
        return sum / out.rows();
    }

    @Override
    public void gradient(Matrix out, Matrix target, Matrix gradient) {
        Loss.requireSameShape(out, target, gradient);
        double[] o = out.data();
        double[] t = target.data();
        double[] g = gradient.data();
        double perRow = 1.0 / out.rows();
        for (int i = 0; i < o.length; i++) {
            double p = clip(o[i]);
            g[i] = (p - t[i]) / (p * (1.0 - p)) * perRow;
        }
    }

    @Override
    public void checkOutputActivation(Activation output) {
        if (!(output instanceof Sigmoid)) {
            throw new IllegalArgumentException(
                    "binary cross-entropy needs probabilities: the output activation must be sigmoid, got "
                            + output.name());
        }
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1.0 - EPS);
    }
}
