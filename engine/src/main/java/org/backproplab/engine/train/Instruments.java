package org.backproplab.engine.train;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;

/**
 * Per-layer readings of one training step, cheap enough to leave on: the norms of the weight and bias gradients
 * (how much learning signal reaches the layer), the mean and standard deviation of its activations over the batch
 * (Glorot and Bengio's 2010 plots), the fraction of saturated units ({@link Activation#saturated}) and the ratio
 * of the update's size to the weights' size, {@code |W_after - W_before| / |W_before|} (about 1e-3 is the usual
 * rule of thumb for a healthy rate).
 *
 * <p>Calling order per step: forward and backward, {@link #beforeUpdate}, the optimizer's step, then
 * {@link #afterUpdate}. Every buffer is made in the constructor and readings are overwritten in place, so
 * measuring allocates nothing; read them with the getters before the next step.
 */
public final class Instruments {
    private final Network network;
    private final double[][] weightsBefore;
    private final double[] weightGradientNorm;
    private final double[] biasGradientNorm;
    private final double[] activationMean;
    private final double[] activationSd;
    private final double[] saturation;
    private final double[] updateRatio;

    public Instruments(Network network) {
        this.network = network;
        int layers = network.layers().size();
        weightsBefore = new double[layers][];
        for (int l = 0; l < layers; l++) {
            weightsBefore[l] = new double[network.layer(l).weights().data().length];
        }
        weightGradientNorm = new double[layers];
        biasGradientNorm = new double[layers];
        activationMean = new double[layers];
        activationSd = new double[layers];
        saturation = new double[layers];
        updateRatio = new double[layers];
    }

    /** Reads gradients and activations of the step just back-propagated, and keeps the weights before the update. */
    public void beforeUpdate(Workspace ws) {
        Gradients g = ws.gradients();
        for (int l = 0; l < weightsBefore.length; l++) {
            weightGradientNorm[l] = norm(g.weights(l).data());
            biasGradientNorm[l] = norm(g.biases(l).data());
            Activation f = network.layer(l).activation();
            double[] net = ws.net(l).data();
            double[] out = ws.activated(l).data(); // f(net), before any residual connection adds to it
            double sum = 0.0;
            double squares = 0.0;
            int saturated = 0;
            for (int i = 0; i < out.length; i++) {
                sum += out[i];
                squares += out[i] * out[i];
                saturated += f.saturated(net[i], out[i]) ? 1 : 0;
            }
            double mean = sum / out.length;
            activationMean[l] = mean;
            activationSd[l] = Math.sqrt(Math.max(0.0, squares / out.length - mean * mean));
            saturation[l] = (double) saturated / out.length;
            System.arraycopy(network.layer(l).weights().data(), 0, weightsBefore[l], 0, weightsBefore[l].length);
        }
    }

    /** Measures how far the update moved each layer's weights, relative to their size. */
    public void afterUpdate() {
        for (int l = 0; l < weightsBefore.length; l++) {
            double[] after = network.layer(l).weights().data();
            double[] before = weightsBefore[l];
            double moved = 0.0;
            double size = 0.0;
            for (int i = 0; i < after.length; i++) {
                double d = after[i] - before[i];
                moved += d * d;
                size += before[i] * before[i];
            }
            updateRatio[l] = size == 0.0 ? Double.NaN : Math.sqrt(moved / size);
        }
    }

    public int layers() {
        return weightsBefore.length;
    }

    /** Layer {@code l}'s {@code |dJ/dW|} (Frobenius norm) at the last step; layer 0 is the first hidden layer. */
    public double weightGradientNorm(int l) {
        return weightGradientNorm[l];
    }

    /** Layer {@code l}'s {@code |dJ/db|}: the "speed of learning" of Nielsen's chapter 5. */
    public double biasGradientNorm(int l) {
        return biasGradientNorm[l];
    }

    public double activationMean(int l) {
        return activationMean[l];
    }

    public double activationSd(int l) {
        return activationSd[l];
    }

    /** The fraction of layer {@code l}'s unit activations over the batch that were saturated. */
    public double saturation(int l) {
        return saturation[l];
    }

    /** {@code |W_after - W_before| / |W_before|} for layer {@code l} at the last update. */
    public double updateRatio(int l) {
        return updateRatio[l];
    }

    private static double norm(double[] a) {
        double s = 0.0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
