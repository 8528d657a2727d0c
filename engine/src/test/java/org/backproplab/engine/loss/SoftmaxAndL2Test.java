package org.backproplab.engine.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.Test;

class SoftmaxAndL2Test {
    private static final Matrix X = Matrix.of(new double[] {0.3, -0.8}, new double[] {-0.5, 0.1});
    private static final Matrix Y = Matrix.of(new double[] {0, 0, 1}, new double[] {1, 0, 0});

    /** The two ways to write cross-entropy give the same loss and the same gradient at every weight. */
    @Test
    void softmaxWithNllEqualsTheFusedSoftmaxCrossEntropy() {
        Network fused = Network.create(NetworkSpec.mlp(2, 2, 4, Activation.tanh(), 3, Activation.identity()),
                Initializer.xavier(), 5);
        Network twoStep = Network.create(NetworkSpec.mlp(2, 2, 4, Activation.tanh(), 3, Activation.softmax()),
                Initializer.xavier(), 5);
        Workspace a = fused.workspace(2);
        Workspace b = twoStep.workspace(2);
        double ja = Loss.softmaxCrossEntropy().value(fused.forward(X, a), Y);
        double jb = Loss.negativeLogLikelihood().value(twoStep.forward(X, b), Y);
        assertEquals(ja, jb, 1e-15);
        fused.backward(Y, Loss.softmaxCrossEntropy(), a);
        twoStep.backward(Y, Loss.negativeLogLikelihood(), b);
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(a.gradients().weights(l).data(), b.gradients().weights(l).data(), 1e-15);
            assertArrayEquals(a.gradients().biases(l).data(), b.gradients().biases(l).data(), 1e-15);
        }
    }

    @Test
    void softmaxRowsAreDistributionsEvenForHugeScores() {
        Matrix net = Matrix.of(new double[] {1000, 1000, -1000});
        Matrix out = new Matrix(1, 3);
        Activation.softmax().forward(net, out);
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, out.data(), 1e-300);
        assertThrows(UnsupportedOperationException.class, () -> Activation.softmax().apply(1.0));
        assertThrows(IllegalArgumentException.class,
                () -> Loss.negativeLogLikelihood().checkOutputActivation(Activation.identity()));
    }

    @Test
    void l2PenaltyAndGradientAgreeWithCentralDifferences() {
        Network n = Network.create(NetworkSpec.mlp(2, 1, 3, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 3);
        L2 l2 = new L2(0.3);
        Workspace ws = n.workspace(2);
        n.forward(X, ws);
        n.backward(Matrix.of(new double[] {1, 0}, new double[] {0, 1}), Loss.meanSquaredError(), ws);
        double before = ws.gradients().weights(1).get(2, 1);
        l2.addGradient(n, ws.gradients());
        double h = 1e-6;
        Matrix w = n.layer(1).weights();
        double w0 = w.get(2, 1);
        w.set(2, 1, w0 + h);
        double up = l2.penalty(n);
        w.set(2, 1, w0 - h);
        double down = l2.penalty(n);
        w.set(2, 1, w0);
        assertEquals((up - down) / (2 * h), ws.gradients().weights(1).get(2, 1) - before, 1e-9);
        assertEquals(0.3 * w0, ws.gradients().weights(1).get(2, 1) - before, 1e-15);
    }
}
