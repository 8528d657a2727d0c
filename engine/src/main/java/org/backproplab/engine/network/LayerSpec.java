package org.backproplab.engine.network;

import java.util.Objects;
import org.backproplab.engine.activation.Activation;

/** One dense layer: how many units and which activation they apply. */
public record LayerSpec(int width, Activation activation) {
    public LayerSpec {
        if (width < 1) {
            throw new IllegalArgumentException("layer width must be >= 1, got " + width);
        }
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String toString() {
        return width + " " + activation.name();
    }
}
