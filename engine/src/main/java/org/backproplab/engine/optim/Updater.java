package org.backproplab.engine.optim;

import org.backproplab.engine.network.Gradients;

/**
 * An optimizer bound to one network, holding whatever it remembers between steps (velocities, moment
 * estimates), all allocated when it is made: {@link #step} allocates nothing.
 */
public interface Updater {
    /** Applies one update from {@code gradients} (those of the network this updater was made for). */
    void step(Gradients gradients);

    /** {@link #step(Gradients)} with its work shared between {@code cores}: the same bits as on one core. */
    default void step(Gradients gradients, org.backproplab.engine.matrix.Cores cores) {
        step(gradients);
    }
}
