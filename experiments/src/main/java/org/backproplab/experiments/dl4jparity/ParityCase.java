package org.backproplab.experiments.dl4jparity;

import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.optim.Optimizer;
import org.nd4j.linalg.learning.config.IUpdater;

/** One training to run in both engines: the network, its loss, the optimizer in each engine's terms, the batch. */
record ParityCase(String name, NetworkSpec spec, Loss loss, Optimizer optimizer, IUpdater dl4jUpdater, int batch,
        int samples) {

    /** Whether a layer is batch-normalized or adds a shortcut: then DL4J trains it as a ComputationGraph. */
    boolean hasLayerOptions() {
        return spec.layers().stream().anyMatch(l -> l.skip() > 0 || !l.normalization().equals(Normalization.none()));
    }
}
