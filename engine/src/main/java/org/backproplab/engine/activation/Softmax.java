package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/**
 * Softmax over each row, {@code out_k = e^(net_k) / sum_j e^(net_j)}: a probability distribution over the classes,
 * for an output layer. Unlike the other activations it couples a row's units, so it has no one-unit form: its
 * backward pass is {@code delta_k = out_k (dJ/dout_k - sum_j dJ/dout_j out_j)}, the Jacobian-vector product.
 * With cross-entropy prefer {@link org.backproplab.engine.loss.SoftmaxCrossEntropy} on an identity output, which
 * fuses the two into the stable {@code softmax - target}; this one pairs with negative log-likelihood.
 */
public record Softmax() implements Activation {
    @Override
    public String name() {
        return "softmax";
    }

    /** Squashing: each output a probability in (0, 1). */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    /** Not defined unit by unit: a softmax needs the whole row. */
    @Override
    public double apply(double net) {
        throw new UnsupportedOperationException("softmax normalizes a whole row; use forward");
    }

    /** Not defined unit by unit: the softmax's Jacobian is not diagonal. */
    @Override
    public double derivative(double net, double out) {
        throw new UnsupportedOperationException("softmax's Jacobian is not diagonal; use backward");
    }

    /** A probability within 0.01 of 0 or 1: the unit is certain, and its gradient through the softmax small. */
    @Override
    public boolean saturated(double net, double out) {
        return out < 0.01 || out > 0.99;
    }

    @Override
    public String saturationDefinition() {
        return "output within 0.01 of a limit";
    }

    @Override
    public void forward(Matrix net, Matrix out) {
        requireSameShape(net, out);
        double[] n = net.data();
        double[] o = out.data();
        int cols = net.cols();
        for (int r = 0, rows = net.rows(); r < rows; r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < cols; k++) {
                max = Math.max(max, n[base + k]);
            }
            double sum = 0.0;
            for (int k = 0; k < cols; k++) {
                o[base + k] = Math.exp(n[base + k] - max); // shifted: no overflow, same ratios
                sum += o[base + k];
            }
            for (int k = 0; k < cols; k++) {
                o[base + k] /= sum;
            }
        }
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        requireSameShape(net, out);
        requireSameShape(net, dOut);
        requireSameShape(net, delta);
        double[] o = out.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        int cols = net.cols();
        for (int r = 0, rows = net.rows(); r < rows; r++) {
            int base = r * cols;
            double dot = 0.0;
            for (int k = 0; k < cols; k++) {
                dot += g[base + k] * o[base + k];
            }
            for (int k = 0; k < cols; k++) {
                d[base + k] = o[base + k] * (g[base + k] - dot); // dOut may be delta: read g before writing
            }
        }
    }

    private static void requireSameShape(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException("softmax: " + a.shape() + " and " + b.shape() + " differ in shape");
        }
    }
}
