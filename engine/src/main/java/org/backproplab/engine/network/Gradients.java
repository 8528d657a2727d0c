package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.matrix.Matrix;

/**
 * {@code dJ/dW} and {@code dJ/db} for every layer (and {@code dJ/dslope} for PReLU's learned slopes,
 * {@code dJ/dgamma} and {@code dJ/dbeta} for batch normalization's scale and shift), shaped like the parameters
 * they belong to, filled by {@link Network#backward}. J is the loss's mean over the mini-batch, so these are
 * already batch means. {@link #of(int)} reads them in the order of {@link Network#parameters()}.
 */
public final class Gradients {
    private final Matrix[] all;
    private final int[] first;
    private final int[] slopes;
    private final int[] gamma;

    Gradients(NetworkSpec spec) {
        int layers = spec.layers().size();
        List<Matrix> list = new ArrayList<>();
        first = new int[layers];
        slopes = new int[layers];
        gamma = new int[layers];
        for (int l = 0; l < layers; l++) {
            LayerSpec layer = spec.layers().get(l);
            int units = layer.width();
            // The order of Network.parameters(): W, b, then the slopes and gamma, beta where the layer has them.
            first[l] = list.size();
            list.add(new Matrix(spec.fanIn(l), units));
            list.add(new Matrix(1, units));
            int k = layer.activation().parameterCount(units);
            slopes[l] = k == 0 ? -1 : list.size();
            if (k > 0) {
                list.add(new Matrix(1, k));
            }
            boolean normalized = layer.normalization().parameterCount(units) > 0;
            gamma[l] = normalized ? list.size() : -1;
            if (normalized) {
                list.add(new Matrix(1, units));
                list.add(new Matrix(1, units));
            }
        }
        all = list.toArray(new Matrix[0]);
    }

    /** The gradient of the parameter at {@code index} of {@link Network#parameters()}. */
    public Matrix of(int index) {
        return all[index];
    }

    /** How many parameter matrices there are. */
    public int count() {
        return all.length;
    }

    /** {@code dJ/dW} of layer {@code l} ({@code nIn x nOut}). */
    public Matrix weights(int l) {
        return all[first[l]];
    }

    /** {@code dJ/db} of layer {@code l} ({@code 1 x nOut}). */
    public Matrix biases(int l) {
        return all[first[l] + 1];
    }

    /** {@code dJ/dslope} for layer {@code l}'s activation parameters (PReLU's slopes), or null if it has none. */
    public Matrix activationParameters(int l) {
        return slopes[l] < 0 ? null : all[slopes[l]];
    }

    /** {@code dJ/dgamma} of layer {@code l}'s batch normalization, or null if it has none. */
    public Matrix gamma(int l) {
        return gamma[l] < 0 ? null : all[gamma[l]];
    }

    /** {@code dJ/dbeta} of layer {@code l}'s batch normalization, or null if it has none. */
    public Matrix beta(int l) {
        return gamma[l] < 0 ? null : all[gamma[l] + 1];
    }

    public int layers() {
        return first.length;
    }

    /** The Euclidean norm of layer {@code l}'s weight gradient: how strongly the loss pulls on that layer. */
    public double weightNorm(int l) {
        double sum = 0.0;
        for (double g : weights(l).data()) {
            sum += g * g;
        }
        return Math.sqrt(sum);
    }

    /** Copies of the weight gradients, layer by layer (for reports and tests, not for training loops). */
    public List<Matrix> weightCopies() {
        List<Matrix> out = new ArrayList<>();
        for (int l = 0; l < layers(); l++) {
            out.add(weights(l).copy());
        }
        return out;
    }
}
