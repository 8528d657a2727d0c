package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.Softmax;
import org.backproplab.engine.matrix.Matrix;

/**
 * Negative log-likelihood of the targets under the predicted distribution, {@code -sum_k t_k ln(out_k)} per
 * sample, for a {@link Softmax} output layer: the same J as {@link SoftmaxCrossEntropy}, computed in two steps
 * (softmax, then log) instead of one. The gradient {@code -t_k / out_k} is large where a probability is tiny,
 * which is why the fused form is the stable one to train with; this form is here to show, and test, that the two
 * agree. A probability of exactly 0 gives an infinite loss, not a clamped one.
 */
public record NegativeLogLikelihood() implements Loss {
    @Override
    public String name() {
        return "negative-log-likelihood";
    }

    /** A softmax: the outputs are a distribution over the classes. */
    @Override
    public Activation outputActivation() {
        return Activation.softmax();
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
        double sum = 0.0;
        for (int i = 0; i < o.length; i++) {
            if (t[i] != 0.0) {
                sum -= t[i] * Math.log(o[i]);
            }
        }
        return sum / out.rows();
    }

    @Override
    public void gradient(Matrix out, Matrix target, Matrix gradient) {
        Loss.requireSameShape(out, target, gradient);
        double[] o = out.data();
        double[] t = target.data();
        double[] g = gradient.data();
        double perRow = 1.0 / out.rows();
        for (int i = 0; i < o.length; i++) {
            g[i] = t[i] == 0.0 ? 0.0 : -t[i] / o[i] * perRow;
        }
    }

    @Override
    public void checkOutputActivation(Activation output) {
        if (!(output instanceof Softmax)) {
            throw new IllegalArgumentException("negative log-likelihood needs probabilities: the output activation "
                    + "must be softmax, got " + output.name());
        }
    }
}
