package org.backproplab.experiments.vanishing;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.run.RunSpec;

/**
 * One network of the vanishing-gradient study: its spec, and its initialization as the study names it
 * ("standard" is the U[-1/sqrt(n_in), 1/sqrt(n_in)] baseline, "matched" the one designed for the activation).
 */
record VgRun(RunSpec spec, String initName) {
    Activation activation() {
        return spec.hidden();
    }

    Initializer initializer() {
        return spec.initializer();
    }

    long seed() {
        return spec.seed();
    }

    double learningRate() {
        return spec.learningRate();
    }

    /** Hidden layers. */
    int depth() {
        return spec.depth();
    }

    String label() {
        return activation().name() + ", " + initName;
    }
}
