package org.backproplab.engine.optim;

import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

/**
 * Plain (stochastic) gradient descent, {@code W := W - alpha * dJ/dW}, with its own learning rate for each
 * parameter group: the weights and the biases. A bias rate of 0 holds the biases fixed, which the slides' worked
 * example does (its b1 and b2 never change).
 */
public record Sgd(double weightRate, double biasRate) implements Optimizer {
    public Sgd {
        if (!(weightRate >= 0.0) || !Double.isFinite(weightRate)) {
            throw new IllegalArgumentException("weight learning rate must be a finite number >= 0, got " + weightRate);
        }
        if (!(biasRate >= 0.0) || !Double.isFinite(biasRate)) {
            throw new IllegalArgumentException("bias learning rate must be a finite number >= 0, got " + biasRate);
        }
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
    public String description() {
        return weightRate == biasRate ? "sgd(" + weightRate + ")"
                : "sgd(weights " + weightRate + ", biases " + biasRate + ")";
    }

    @Override
    public void step(Network network, Gradients gradients) {
        for (int l = 0; l < gradients.layers(); l++) {
            descend(network.layer(l).weights(), gradients.weights(l), weightRate);
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
