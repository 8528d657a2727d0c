package org.backproplab.experiments.gradientcheck;

import java.util.stream.Collectors;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;

/**
 * One network to check: its shape (every layer's width and activation), its loss, the batch it sees and the seed
 * of its weights and data. {@code kind} is "grid" for the activation x loss x depth table, "options" for the
 * networks with batch normalization or shortcuts, "random" for the randomly drawn architectures.
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

    /** "batch-norm", "residual 2", "batch-norm + residual 2", or "none": what the hidden layers add. */
    String layerOptions() {
        boolean normalized = spec.layers().stream().anyMatch(l -> !l.normalization().equals(Normalization.none()));
        int k = spec.layers().stream().mapToInt(LayerSpec::skip).max().orElse(0);
        String residual = k == 0 ? "" : "residual " + k;
        if (normalized) {
            return k == 0 ? "batch-norm" : "batch-norm + " + residual;
        }
        return k == 0 ? "none" : residual;
    }

    /** Whether DL4J needs a ComputationGraph to mirror it (batch normalization or a shortcut). */
    boolean hasLayerOptions() {
        return !layerOptions().equals("none");
    }
}
