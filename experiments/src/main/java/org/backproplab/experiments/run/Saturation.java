package org.backproplab.experiments.run;

/**
 * What "saturated" means for an activation ({@code Activation.saturated}), in the words a figure's title uses: the
 * sigmoid and tanh by their output near a limit, ReLU by a silent unit, any other by a flat derivative.
 */
public final class Saturation {
    private Saturation() {
    }

    /** The definition for {@code activation}, or for the activation a label such as "tanh, matched" begins with. */
    public static String definition(String activation) {
        return org.backproplab.engine.activation.Activation.named(activation.split(", ", 2)[0])
                .saturationDefinition();
    }
}
