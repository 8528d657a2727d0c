package org.backproplab.engine.loss;

import java.util.random.RandomGenerator;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;

/**
 * The slides' error: per sample {@code E_total = sum_o 1/2 (target_o - out_o)^2}, so that
 * {@code dE_total/dout_o = -(target_o - out_o) = out_o - target_o} (the 1/2 cancels the square's 2).
 */
public record SumOfSquares() implements Loss {
    @Override
    public String name() {
        return "sum-of-squares";
    }

    /** The slides' output is a sigmoid, but a squared error takes any; identity is the plain regression one. */
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
            sum += 0.5 * e * e;
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
            g[i] = (o[i] - t[i]) * perRow;
        }
    }
}
