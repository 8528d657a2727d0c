package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Parametric ReLU (He et al., 2015): {@code net} above zero, {@code slope * net} below, where the slope is learned
 * by back-propagation like a weight: one per unit ({@code perUnit}), or one shared by the layer. Its gradient is
 * {@code dJ/dslope = sum over the batch of dJ/dout * net} over the samples where {@code net <= 0}. (He et al. write
 * the slope a; it is called a slope here because alpha is the learning rate in the optimizers' formulas.)
 *
 * <p>The slopes live in the layer ({@code DenseLayer.activationParameters}), start at {@code initialSlope} (He et
 * al. used 0.25) and are updated by the optimizer at the weights' rate; the unit-wise {@link #apply} and
 * {@link #derivative}, used where no layer is at hand, take the initial slope.
 */
public record PReLU(boolean perUnit, double initialSlope) implements Activation {
    public static final double DEFAULT_SLOPE = 0.25;

    public PReLU {
        if (!Double.isFinite(initialSlope)) {
            throw new IllegalArgumentException("PReLU initial slope must be finite, got " + initialSlope);
        }
    }

    @Override
    public String name() {
        return perUnit ? "prelu" : "prelu-shared";
    }

    /** A rectifier: net above zero, a learned slope below. */
    @Override
    public Family family() {
        return Family.RECTIFIER;
    }

    @Override
    public double apply(double net) {
        return net > 0.0 ? net : initialSlope * net;
    }

    @Override
    public double derivative(double net, double out) {
        return net > 0.0 ? 1.0 : initialSlope;
    }

    @Override
    public int piece(double net) {
        return net > 0.0 ? 1 : 0;
    }

    @Override
    public int parameterCount(int units) {
        return perUnit ? units : 1;
    }

    @Override
    public void initializeParameters(Matrix parameters) {
        parameters.fill(initialSlope);
    }

    @Override
    public void forward(Matrix net, Matrix out, Matrix slopes) {
        double[] n = net.data();
        double[] o = out.data();
        double[] slope = slopes.data();
        int cols = net.cols();
        for (int i = 0; i < n.length; i++) {
            o[i] = n[i] > 0.0 ? n[i] : slope[perUnit ? i % cols : 0] * n[i];
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta, Matrix slopes, Matrix slopeGradient) {
        double[] n = net.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        double[] slope = slopes.data();
        double[] dSlope = slopeGradient.data();
        java.util.Arrays.fill(dSlope, 0.0);
        int cols = net.cols();
        for (int i = 0; i < n.length; i++) {
            int k = perUnit ? i % cols : 0;
            if (n[i] > 0.0) {
                d[i] = g[i];
            } else {
                dSlope[k] += g[i] * n[i]; // read dOut before delta overwrites it: they may be one matrix
                d[i] = g[i] * slope[k];
            }
        }
    }
}
