package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.Identity;
import org.backproplab.engine.matrix.Matrix;

/**
 * Softmax followed by cross-entropy, on raw scores: per sample {@code -sum_k t_k ln(softmax(out)_k)}. Its gradient
 * with respect to the scores is {@code softmax(out) - target} when the targets sum to 1 (one-hot or a
 * distribution), and {@code softmax(out) * sum(target) - target} in general, which is what is computed. The
 * softmax lives here rather than in an activation because it couples the outputs (its Jacobian is not
 * diagonal) and because fused, it is numerically stable.
 * The output layer must therefore be {@link Identity}: DL4J's {@code SOFTMAX + MCXENT} output layer, fused.
 */
public record SoftmaxCrossEntropy() implements Loss {
    @Override
    public String name() {
        return "softmax-cross-entropy";
    }

    /** Identity: this loss applies the softmax to the raw scores itself. */
    @Override
    public Activation outputActivation() {
        return Activation.identity();
    }

    /** Not regression: it compares distributions over classes. */
    @Override
    public boolean isRegression() {
        return false;
    }

    /** One-hot rows: one class per sample. */
    @Override
    public void fillRandomTargets(Matrix target, RandomGenerator random) {
        RandomTargets.oneHot(target, random);
    }

    @Override
    public double value(Matrix out, Matrix target) {
        Loss.requireSameShape(out, target, null);
        double[] o = out.data();
        double[] t = target.data();
        int n = out.cols();
        double sum = 0.0;
        for (int r = 0, rows = out.rows(); r < rows; r++) {
            int base = r * n;
            double logSumExp = logSumExp(o, base, n);
            for (int k = 0; k < n; k++) {
                sum -= t[base + k] * (o[base + k] - logSumExp);
            }
        }
        return sum / out.rows();
    }

    @Override
    public void gradient(Matrix out, Matrix target, Matrix gradient) {
        valueAndGradient(out, target, gradient);
    }

    @Override
    public double valueAndGradient(Matrix out, Matrix target, Matrix gradient) {
        Loss.requireSameShape(out, target, gradient);
        double[] o = out.data();
        double[] t = target.data();
        double[] g = gradient.data();
        int n = out.cols();
        int rows = out.rows();
        double perRow = 1.0 / rows;
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int base = r * n;
            // softmax_k = e^(o_k - max) / sum_j e^(o_j - max): one exponential per output, kept in g meanwhile,
            // and ln sum_j e^(o_j) = max + ln(that sum), the same log-sum-exp as value()'s
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                max = Math.max(max, o[base + k]);
            }
            double expSum = 0.0;
            double targetSum = 0.0;
            for (int k = 0; k < n; k++) {
                double e = Math.exp(o[base + k] - max);
                g[base + k] = e;
                expSum += e;
                targetSum += t[base + k];
            }
            double logSumExp = max + Math.log(expSum);
            double scale = targetSum / expSum;
            for (int k = 0; k < n; k++) {
                sum -= t[base + k] * (o[base + k] - logSumExp);
                g[base + k] = (g[base + k] * scale - t[base + k]) * perRow;
            }
        }
        return sum / rows;
    }

    @Override
    public void checkOutputActivation(Activation output) {
        if (!(output instanceof Identity)) {
            throw new IllegalArgumentException("softmax cross-entropy applies the softmax itself: the output "
                    + "activation must be identity, got " + output.name());
        }
    }

    /** {@code ln sum_k e^(x_k)}, shifted by the maximum so that no exponential overflows. */
    private static double logSumExp(double[] x, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, x[from + k]);
        }
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += Math.exp(x[from + k] - max);
        }
        return max + Math.log(sum);
    }
}
