package org.backproplab.experiments.lr;

import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.run.Axis;

/**
 * {@code -Dexp=lr-sweep}: log-spaced learning rates from 1e-4 to 10 (two per decade) x activation, plain SGD on
 * digits: final training loss against the learning rate. A run whose loss turns NaN or infinite stops, is counted
 * as diverged with its epoch, and the sweep goes on.
 */
public final class LrSweep {
    public static final Sweep SWEEP = Sweep.named("lr-sweep",
                    "learning rates 1e-4 to 10 x sigmoid, tanh, ReLU: final loss vs rate, diverged runs counted")
            .with(Axis.LR, "1e-4..10/2")
            .epochs(20)
            .swept(Axis.ACTIVATIONS, Axis.LR)
            .quick("seeds", "1", "epochs", "2")
            .outputs(LrOutputs::write);

    private LrSweep() {
    }
}
