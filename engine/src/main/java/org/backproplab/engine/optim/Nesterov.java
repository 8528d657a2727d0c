package org.backproplab.engine.optim;

import org.backproplab.engine.network.Network;

/**
 * Nesterov's accelerated gradient in the form of Bengio et al. (2013), which needs the gradient at the current
 * weights only (as DL4J's {@code Nesterovs} updater does): {@code v' := mu v - alpha dJ/dW;
 * W := W - mu v + (1 + mu) v'}. It looks ahead along the velocity before committing to it.
 */
public record Nesterov(double weightRate, double biasRate, double mu) implements Optimizer {
    /** The usual momentum coefficient, as for {@link Momentum#MU}. */
    public static final double MU = Momentum.MU;

    public Nesterov {
        Rates.check(weightRate, biasRate);
        Rates.checkFraction("momentum", mu);
    }

    public static Nesterov withRate(double rate, double mu) {
        return new Nesterov(rate, rate, mu);
    }

    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    public String description() {
        return "nesterov(" + Rates.describe(weightRate, biasRate) + ", mu " + mu + ")";
    }

    @Override
    public Updater updaterFor(Network network) {
        return new StatefulUpdater(network, weightRate, biasRate, 1) {
            @Override
            void update(double[] p, double[] g, double rate, double[][] slots, int from, int to) {
                double[] v = slots[0];
                for (int i = from; i < to; i++) {
                    double previous = v[i];
                    v[i] = mu * v[i] - rate * g[i];
                    p[i] += -mu * previous + (1.0 + mu) * v[i];
                }
            }
        };
    }
}
