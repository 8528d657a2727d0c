package org.backproplab.experiments.gradientcheck;

import java.util.stream.Collectors;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.NetworkSpec;

/**
 * One network to check: its shape (every layer's width and activation), its loss, the batch it sees and the seed
 * of its weights and data. {@code kind} is "grid" for the activation x loss x depth table, "random" for the
 * randomly drawn architectures.
 */
record CheckCase(int id, String kind, NetworkSpec spec, Loss loss, int batch, long seed) {

    int depth() {
        return spec.layers().size() - 1;
    }

    /** The hidden layers' activations, joined by '|' ("tanh|relu|selu"), then the output's after '->'. */
    String activations() {
        var hidden = spec.layers().subList(0, depth()).stream().map(l -> l.activation().name())
                .collect(Collectors.joining("|"));
        LayerSpec out = spec.layers().get(depth());
        return hidden + "->" + out.activation().name();
    }
}
