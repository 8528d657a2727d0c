package org.backproplab.experiments.vanishing;

/**
 * What one run measured, {@code [epoch][layer]} over the hidden layers (layer 0 nearest the input), on the same
 * 1,000 training images every time: the norm of {@code dJ/db} (Nielsen's "speed of learning" of a layer), the
 * mean and spread of the activations, the fraction of saturated units; and the test accuracy after each epoch.
 * {@code outputsAtInit[layer]} and {@code outputsAtEnd[layer]} are every unit's output on those images, before the
 * first update and after the last.
 */
record VgResult(VgRun run, double[][] gradNorm, double[][] actMean, double[][] actSd, double[][] saturation,
        double[] testAccuracy, double[][] outputsAtInit, double[][] outputsAtEnd, long millis) {
}
