package org.backproplab.experiments.vanishing;

import java.util.List;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.probe.LayerOutputs;
import org.backproplab.experiments.probe.ProbeSetLayers;
import org.backproplab.experiments.probe.Which;
import org.backproplab.experiments.run.Axis;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;

/**
 * {@code -Dexp=vanishing-gradient}: the classic measurement of how fast each layer learns (Nielsen, chapter 5):
 * for a [784, 30, 30, 30, 30, 10] network on the shipped MNIST subset, the norm of every hidden layer's bias
 * gradient over 1,000 training images, at initialization and after each epoch, for sigmoid, tanh and ReLU, each
 * with the "standard" initialization U[-1/sqrt(n_in), 1/sqrt(n_in)] and with its matched one (Glorot for sigmoid
 * and tanh, He for ReLU); with each layer's activation mean, spread and saturation. A sweep like the others: its
 * measurement is a probe ({@link ProbeSetLayers}) on the one training path, and each axis can be overridden the
 * same way (the layer plots need one depth and one width).
 */
public final class VanishingGradient {
    /** The probe set: the first 1,000 training images, as in Nielsen's generate_gradient.py. */
    static final int PROBE = 1000;

    /** Every hidden layer's bias gradient, activation mean, spread and saturation on the probe set, every epoch. */
    static final ProbeSetLayers LAYERS = new ProbeSetLayers(PROBE, Which.all());

    /** Every hidden unit's output on the probe set after training, for the first seed's histograms. */
    static final LayerOutputs OUTPUTS = new LayerOutputs(PROBE, Which.firstSeed());

    public static final Sweep SWEEP = Sweep.named("vanishing-gradient",
                    "how fast each layer of a 784-30x4-10 net learns: bias-gradient norm per layer, by activation "
                            + "and init")
            .with(Axis.DATASET, "mnist-10k")
            .with(Axis.DEPTHS, "4")
            .with(Axis.WIDTH, "30")
            .with(Axis.BATCH, "10")
            .with(Axis.INIT, "uniform," + Grid.AUTO)
            .epochs(10)
            .swept(Axis.ACTIVATIONS, Axis.INIT)
            .quick("seeds", "1", "epochs", "1")
            .probes(LAYERS, OUTPUTS)
            .outputs((ctx, grid, data, results) -> VgOutputs.write(ctx, grid, data, results.stream()
                    .map(r -> new VgResult(r, initLabel(grid, r.spec()))).toList()));

    private VanishingGradient() {
    }

    /**
     * The study's names for its two initializations: "standard" for U[-1/sqrt(n_in), 1/sqrt(n_in)], "matched" for
     * the one an {@code auto} in the grid chose for the activation; any other keeps its own name.
     */
    static String initLabel(Grid grid, RunSpec spec) {
        String name = spec.initializer().name();
        if (name.equals("uniform")) {
            return "standard";
        }
        boolean matched = grid.inits().contains(Grid.AUTO)
                && Initializer.matchedTo(spec.hidden()).name().equals(name) && !grid.inits().contains(name);
        return matched ? "matched" : name;
    }

    /** The runs of one activation and initialization, in seed order. */
    static List<VgResult> of(List<VgResult> all, String label) {
        return all.stream().filter(r -> r.label().equals(label)).toList();
    }
}
