package org.backproplab.engine.optim;

import org.backproplab.engine.network.Network;

/**
 * Adam (Kingma and Ba, 2015): running means of the gradient (m) and of its square (v), and a step of
 * {@code alpha_t m / (sqrt(v) + eps)} with the bias correction folded into
 * {@code alpha_t = alpha sqrt(1 - beta2^t) / (1 - beta1^t)}, as in the paper's section 2 and in DL4J.
 */
public record Adam(double weightRate, double biasRate, double beta1, double beta2, double epsilon)
        implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    public Adam {
        Rates.check(weightRate, biasRate);
        Rates.checkFraction("beta1", beta1);
        Rates.checkFraction("beta2", beta2);
        if (!(epsilon > 0.0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("Adam epsilon must be a finite number > 0, got " + epsilon);
        }
    }

    /** The paper's defaults: beta1 0.9, beta2 0.999, epsilon 1e-8. */
    public static Adam withRate(double rate) {
        return new Adam(rate, rate, BETA1, BETA2, EPSILON);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public String description() {
        return "adam(" + Rates.describe(weightRate, biasRate) + ", beta1 " + beta1 + ", beta2 " + beta2 + ", eps "
                + epsilon + ")";
    }

    @Override
    public Updater updaterFor(Network network) {
        return new StatefulUpdater(network, weightRate, biasRate, 2) {
            private int t;
            private double correction;

            @Override
            void beforeStep() {
                t++;
                correction = Math.sqrt(1.0 - Math.pow(beta2, t)) / (1.0 - Math.pow(beta1, t));
            }

            @Override
            void update(double[] p, double[] g, double rate, double[][] slots, int from, int to) {
                double[] m = slots[0];
                double[] v = slots[1];
                double alphaT = rate * correction;
                for (int i = from; i < to; i++) {
                    m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
                    p[i] -= alphaT * m[i] / (Math.sqrt(v[i]) + epsilon);
                }
            }
        };
    }
}
