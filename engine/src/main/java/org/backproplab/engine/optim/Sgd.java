package org.backproplab.engine.optim;

import org.backproplab.engine.network.Gradients;
import java.util.List;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Parameter;

/**
 * Plain (stochastic) gradient descent, {@code W := W - alpha * dJ/dW}, the slides' {@code w+ = w - eta * dE/dw}
 * (their eta is this alpha, the {@code weightRate}), with its own learning rate for each parameter group: the
 * weights and the biases. A bias rate of 0 holds the biases fixed, which the slides' worked
 * example does (its b1 and b2 never change).
 */
public record Sgd(double weightRate, double biasRate) implements Optimizer {
    public Sgd {
        Rates.check(weightRate, biasRate);
    }

    /** The same learning rate for weights and biases. */
    public static Sgd withRate(double rate) {
        return new Sgd(rate, rate);
    }

    /** This optimizer with the biases held fixed. */
    public Sgd holdingBiases() {
        return new Sgd(weightRate, 0.0);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String description() {
        return "sgd(" + Rates.describe(weightRate, biasRate) + ")";
    }

    /**
     * SGD remembers nothing (no slots of state): its updater is {@link #step} on {@code network}, its large
     * parameters' updates shared between cores when it is given some.
     */
    @Override
    public Updater updaterFor(Network network) {
        return new StatefulUpdater(network, weightRate, biasRate, 0) {
            @Override
            void update(double[] p, double[] g, double rate, double[][] slots, int from, int to) {
                descend(p, g, rate, from, to);
            }
        };
    }

    /** One step {@code W := W - alpha * dJ/dW} on {@code network}. */
    public void step(Network network, Gradients gradients) {
        List<Parameter> parameters = network.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            // Each at its group's rate (Parameter#atBiasRate): PReLU's slopes and batch normalization's gamma at
            // the weights', as in DL4J; a bias rate of 0 leaves the biases exactly as they were.
            double rate = p.atBiasRate() ? biasRate : weightRate;
            if (rate != 0.0) {
                double[] value = p.value().data();
                descend(value, gradients.of(p.index()).data(), rate, 0, value.length);
            }
        }
    }

    /** {@code p := p - alpha * dJ/dp}, for elements {@code [from, to)}. */
    private static void descend(double[] p, double[] g, double alpha, int from, int to) {
        for (int i = from; i < to; i++) {
            p[i] -= alpha * g[i];
        }
    }
}
