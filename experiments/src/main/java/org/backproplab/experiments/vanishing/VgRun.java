package org.backproplab.experiments.vanishing;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;

/**
 * One network of the vanishing-gradient study: its hidden activation, its initialization ("standard" is the
 * U[-1/sqrt(n_in), 1/sqrt(n_in)] baseline, "matched" the one designed for the activation), seed and rate.
 */
record VgRun(Activation activation, String initName, Initializer initializer, int seed, double learningRate) {
    String label() {
        return activation.name() + ", " + initName;
    }
}
