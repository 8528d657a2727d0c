package org.backproplab.engine.optim;

import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

/**
 * Turns gradients into a parameter update, after {@code Network.backward}. Back-propagation computes the
 * gradient; this is the "another algorithm, such as stochastic gradient descent" that does the learning.
 */
public sealed interface Optimizer permits Sgd, Momentum, Nesterov, Adam, RmsProp {

    /** A short description for reports and provenance, e.g. {@code sgd(weights 0.5, biases 0)}. */
    String description();

    /**
     * An updater for {@code network}, holding this optimizer's state for it (none for SGD), all allocated here.
     * Each parameter group (weights, biases) has its own learning rate; a rate of 0 holds the group fixed.
     */
    Updater updaterFor(Network network);
}
