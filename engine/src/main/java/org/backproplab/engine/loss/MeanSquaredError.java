package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;

/**
 * Per sample the mean over the n outputs of {@code (target - out)^2}, without the slides' 1/2: this is DL4J's
 * {@code LossMSE} and Keras' {@code mse}. Its gradient is {@code 2 (out - target) / n} per sample.
 */
public record MeanSquaredError() implements Loss {
    @Override
    public String name() {
        return "mse";
    }

    /** Any output will do; identity is the plain regression one. */
    @Override
    public Activation outputActivation() {
        return Activation.identity();
    }

    /** A regression loss: a squared distance to real-valued targets. */
    @Override
    public boolean isRegression() {
        return true;
    }

    /** Values in [-1, 1): any real target will do. */
    @Override
    public void fillRandomTargets(Matrix target, RandomGenerator random) {
        RandomTargets.values(target, random);
    }

    @Override
    public double value(Matrix out, Matrix target) {
        Loss.requireSameShape(out, target, null);
        double[] o = out.data();
        double[] t = target.data();
        double sum = 0.0;
        for (int i = 0; i < o.length; i++) {
            double e = t[i] - o[i];
            sum += e * e;
        }
        return sum / out.cols() / out.rows();
    }

    @Override
    public void gradient(Matrix out, Matrix target, Matrix gradient) {
        Loss.requireSameShape(out, target, gradient);
        double[] o = out.data();
        double[] t = target.data();
        double[] g = gradient.data();
        double scale = 2.0 / out.cols() / out.rows();
        for (int i = 0; i < o.length; i++) {
            g[i] = (o[i] - t[i]) * scale;
        }
    }
}
