package org.backproplab.experiments.families;

import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.probe.LayerOutputs;
import org.backproplab.experiments.probe.Which;
import org.backproplab.experiments.run.Axis;

/**
 * {@code -Dexp=activation-families}: sigmoid, tanh and ReLU in one deep network on real digits, followed through
 * training: loss and accuracy curves, and the gradient reaching every layer at every epoch, so that the vanishing
 * gradient and ReLU's fix show as numbers and as the reason for the curves.
 */
public final class ActivationFamilies {
    /** Each hidden layer's outputs on the training set after training, for the first seed's histograms. */
    static final LayerOutputs OUTPUTS = LayerOutputs.onTrainingSet(Which.firstSeed());

    public static final Sweep SWEEP = Sweep.named("activation-families",
                    "sigmoid vs tanh vs ReLU, 8 hidden layers on digits: loss, accuracy, gradient per layer")
            .with(Axis.DEPTHS, "8")
            .epochs(40)
            .quick("seeds", "1", "epochs", "3", "depths", "4")
            .probes(OUTPUTS)
            .outputs(ActivationFamiliesOutputs::write);

    private ActivationFamilies() {
    }
}
