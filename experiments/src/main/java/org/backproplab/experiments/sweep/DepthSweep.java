package org.backproplab.experiments.sweep;

import org.backproplab.datasets.DataSource;
import org.backproplab.datasets.Digits;
import org.backproplab.datasets.Synthetic;
import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.probe.DecisionGrid;
import org.backproplab.experiments.probe.Which;
import org.backproplab.experiments.run.Axis;

/**
 * {@code -Dexp=depth-sweep}, the main job: how depth changes what sigmoid, tanh and ReLU networks learn with
 * plain SGD, and how far the gradient reaches back through them. Each activation trains at its own learning rate
 * and from its own initialization, so that depth, not a poor start, is what is compared.
 */
public final class DepthSweep {
    /** On a 2-D set, what the shallowest and the deepest network of each activation make of the plane. */
    static final DecisionGrid BOUNDARY = new DecisionGrid(200, Which.firstSeedAtShallowestAndDeepest());

    public static final Sweep SWEEP = Sweep.named("depth-sweep",
                    "sigmoid, tanh and ReLU networks of 1 to 10 hidden layers on digits: accuracy, loss, gradients")
            .with(Axis.DEPTHS, "1..10")
            .epochs(DepthSweep::defaultEpochs)
            .swept(Axis.ACTIVATIONS, Axis.DEPTHS)
            .quick("seeds", "1", "depths", "1..3", "epochs", "5")
            .probes(BOUNDARY)
            .outputs(DepthSweepOutputs::write);

    private DepthSweep() {
    }

    /**
     * Epochs enough for the shallow networks to converge, measured: 40 on digits (1,348 training images, 42
     * updates an epoch), 200 on the 2-D sets (450 points, 15 updates an epoch, and curved boundaries); 20 on
     * anything larger, which is slow enough that the user should choose.
     */
    public static int defaultEpochs(DataSource dataset) {
        if (dataset instanceof Synthetic) {
            return 200;
        }
        return dataset instanceof Digits ? 40 : 20;
    }
}
