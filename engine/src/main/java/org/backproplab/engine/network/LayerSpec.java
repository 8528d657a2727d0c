package org.backproplab.engine.network;

import java.util.Objects;
import org.backproplab.engine.activation.Activation;

/**
 * One dense layer: how many units, which activation they apply, what normalizes their net input first
 * ({@link Normalization#none()} by default), and whether a residual (skip) connection adds an earlier layer's
 * output to theirs.
 *
 * @param skip 0 for none; k for {@code out(l) = f(net(l)) + out(l - k)}, the identity shortcut of He et al. 2016
 *             (the earlier layer must have as many units; {@link NetworkSpec} checks)
 */
public record LayerSpec(int width, Activation activation, Normalization normalization, int skip)
        implements java.io.Serializable {
    public LayerSpec {
        if (width < 1) {
            throw new IllegalArgumentException("layer width must be >= 1, got " + width);
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(normalization, "normalization");
        if (skip < 0) {
            throw new IllegalArgumentException("a residual connection reaches back k >= 1 layers (0: none), got "
                    + skip);
        }
    }

    /** A plain dense layer: no normalization, no skip connection. */
    public LayerSpec(int width, Activation activation) {
        this(width, activation, Normalization.none(), 0);
    }

    @Override
    public String toString() {
        return width + " " + activation.name() + (normalization.equals(Normalization.none()) ? ""
                : " " + normalization.name() + "-norm") + (skip == 0 ? "" : " +out(l-" + skip + ")");
    }
}
