package org.backproplab.engine.optim;

import org.backproplab.engine.network.Network;

/**
 * Classical ("heavy ball") momentum (Polyak, 1964): {@code v := mu v - alpha dJ/dW; W := W + v}. The velocity
 * v accumulates steps that keep their direction and cancels ones that zig-zag.
 */
public record Momentum(double weightRate, double biasRate, double mu) implements Optimizer {
    /** The usual momentum coefficient, and the one {@link Optimizer#all} uses. */
    public static final double MU = 0.9;

    public Momentum {
        Rates.check(weightRate, biasRate);
        Rates.checkFraction("momentum", mu);
    }

    public static Momentum withRate(double rate, double mu) {
        return new Momentum(rate, rate, mu);
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public String description() {
        return "momentum(" + Rates.describe(weightRate, biasRate) + ", mu " + mu + ")";
    }

    @Override
    public Updater updaterFor(Network network) {
        return new StatefulUpdater(network, weightRate, biasRate, 1) {
            @Override
            void update(double[] p, double[] g, double rate, double[][] slots, int from, int to) {
                double[] v = slots[0];
                for (int i = from; i < to; i++) {
                    v[i] = mu * v[i] - rate * g[i];
                    p[i] += v[i];
                }
            }
        };
    }
}
