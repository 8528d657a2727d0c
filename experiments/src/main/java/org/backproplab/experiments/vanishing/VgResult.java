package org.backproplab.experiments.vanishing;

import org.backproplab.experiments.probe.ProbeSetLayers;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;

/**
 * One run of the study as its figures read it, {@code [epoch][layer]} over the hidden layers (layer 0 nearest the
 * input), on the same 1,000 training images every time: the norm of {@code dJ/db} (Nielsen's "speed of learning"
 * of a layer), the mean and spread of the activations, the fraction of saturated units; and the test accuracy
 * after each epoch. {@code initName} is the initialization as the study names it ("standard", "matched").
 */
record VgResult(RunResult result, String initName) {
    RunSpec spec() {
        return result.spec();
    }

    /** Hidden layers. */
    int depth() {
        return spec().depth();
    }

    long seed() {
        return spec().seed();
    }

    String label() {
        return spec().hidden().name() + ", " + initName;
    }

    double[][] gradNorm() {
        return VanishingGradient.LAYERS.reading(result, ProbeSetLayers.BIAS_GRADIENT);
    }

    double[][] actMean() {
        return VanishingGradient.LAYERS.reading(result, ProbeSetLayers.MEAN);
    }

    double[][] actSd() {
        return VanishingGradient.LAYERS.reading(result, ProbeSetLayers.SD);
    }

    double[][] saturation() {
        return VanishingGradient.LAYERS.reading(result, ProbeSetLayers.SATURATION);
    }

    /** After each epoch, 0 (at initialization) included. */
    double[] testAccuracy() {
        return result.epochs().stream().mapToDouble(e -> e.testAccuracy()).toArray();
    }

    /** Every hidden unit's output on the probe set after training (first seed only). */
    double[][] outputsAtEnd() {
        return VanishingGradient.OUTPUTS.outputs(result);
    }
}
