package org.backproplab.engine.optim;

import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

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

    /** SGD remembers nothing, so its updater is this step applied to {@code network}. */
    @Override
    public Updater updaterFor(Network network) {
        return gradients -> step(network, gradients);
    }

    /** One step {@code W := W - alpha * dJ/dW} on {@code network}. */
    public void step(Network network, Gradients gradients) {
        for (int l = 0; l < gradients.layers(); l++) {
            descend(network.layer(l).weights(), gradients.weights(l), weightRate);
            if (gradients.activationParameters(l) != null) {
                // Learned activation parameters (PReLU's slopes) train at the weights' rate, as in DL4J.
                descend(network.layer(l).activationParameters(), gradients.activationParameters(l), weightRate);
            }
            if (biasRate != 0.0) {
                descend(network.layer(l).biases(), gradients.biases(l), biasRate);
            }
        }
    }

    /** {@code p := p - alpha * dJ/dp}. */
    private static void descend(Matrix parameter, Matrix gradient, double alpha) {
        double[] p = parameter.data();
        double[] g = gradient.data();
        for (int i = 0; i < p.length; i++) {
            p[i] -= alpha * g[i];
        }
    }
}
