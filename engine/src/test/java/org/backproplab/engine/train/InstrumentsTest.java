package org.backproplab.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;
import org.junit.jupiter.api.Test;

class InstrumentsTest {
    private static final Matrix X = Matrix.of(new double[] {0.5, -1.0}, new double[] {2.0, 0.3});
    private static final Matrix Y = Matrix.of(new double[] {1, 0}, new double[] {0, 1});

    @Test
    void readingsAreTheNormsMeansAndRatiosOfTheStep() {
        Network n = Network.create(NetworkSpec.mlp(2, 1, 3, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 4);
        Workspace ws = n.workspace(2);
        n.forward(X, ws);
        n.backward(Y, Loss.softmaxCrossEntropy(), ws);
        Instruments in = new Instruments(n);
        in.beforeUpdate(ws);
        double gradNorm = norm(ws.gradients().weights(0).data());
        double weightNorm = norm(n.layer(0).weights().data());
        double[] out = ws.out(0).data();
        double mean = (out[0] + out[1] + out[2] + out[3] + out[4] + out[5]) / 6;
        Sgd.withRate(0.1).step(n, ws.gradients());
        in.afterUpdate();
        assertEquals(gradNorm, in.weightGradientNorm(0), 1e-15);
        assertEquals(norm(ws.gradients().biases(1).data()), in.biasGradientNorm(1), 1e-15);
        assertEquals(mean, in.activationMean(0), 1e-15);
        // For plain SGD the update is alpha * dJ/dW, so the ratio is alpha |dJ/dW| / |W|.
        assertEquals(0.1 * gradNorm / weightNorm, in.updateRatio(0), 1e-12);
    }

    @Test
    void bigWeightsSaturateASigmoidLayerAndNotAReluOne() {
        for (Activation f : new Activation[] {Activation.sigmoid(), Activation.relu()}) {
            Network n = Network.create(NetworkSpec.mlp(2, 1, 4, f, 2, Activation.identity()),
                    Initializer.constant(50.0, 0.0), 1);
            Workspace ws = n.workspace(2);
            n.forward(Matrix.of(new double[] {1, 1}, new double[] {0.5, 0.2}), ws);
            n.backward(Y, Loss.softmaxCrossEntropy(), ws);
            Instruments in = new Instruments(n);
            in.beforeUpdate(ws);
            // Every net input is 50 * (x1 + x2) > 0: the sigmoid is pinned at 1, ReLU fully active.
            assertEquals(f.name().equals("sigmoid") ? 1.0 : 0.0, in.saturation(0), f.name());
        }
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
