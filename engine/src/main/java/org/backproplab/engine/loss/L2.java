package org.backproplab.engine.loss;

import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

/**
 * L2 weight decay: {@code lambda/2 sum W^2} over every weight (biases are not decayed, as in DL4J's {@code l2}),
 * added to the loss, and so {@code lambda W} added to each weight's gradient. It pulls weights towards zero in
 * proportion to their size. Applied after {@code Network.backward}, to the gradient of the batch mean.
 */
public record L2(double lambda) {
    public L2 {
        if (!(lambda >= 0.0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("L2 lambda must be a finite number >= 0, got " + lambda);
        }
    }

    /** No decay. */
    public static final L2 NONE = new L2(0.0);

    /** {@code lambda/2 sum W^2}, to add to the loss's value. */
    public double penalty(Network network) {
        double sum = 0.0;
        for (int l = 0; l < network.layers().size(); l++) {
            for (double w : network.layer(l).weights().data()) {
                sum += w * w;
            }
        }
        return 0.5 * lambda * sum;
    }

    /** Adds {@code lambda W} to every weight gradient. */
    public void addGradient(Network network, Gradients gradients) {
        if (lambda == 0.0) {
            return;
        }
        for (int l = 0; l < gradients.layers(); l++) {
            double[] w = network.layer(l).weights().data();
            double[] g = gradients.weights(l).data();
            for (int i = 0; i < w.length; i++) {
                g[i] += lambda * w[i];
            }
        }
    }
}
