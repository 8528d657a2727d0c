package org.backproplab.engine.optim;

import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

/**
 * Turns gradients into a parameter update, after {@code Network.backward}. Back-propagation computes the
 * gradient; this is the "another algorithm, such as stochastic gradient descent" that does the learning.
 */
public sealed interface Optimizer permits Sgd {

    /** A short description for reports and provenance, e.g. {@code sgd(weights 0.5, biases 0)}. */
    String description();

    void step(Network network, Gradients gradients);
}
