package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.check.GradientCheck;
import org.backproplab.engine.check.GradientCheckResult;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.train.Trainer;
import org.junit.jupiter.api.Test;

class PReLUTest {
    private static final Matrix X = Matrix.of(new double[] {0.5, -1.0, 0.2}, new double[] {-2.0, 0.3, 0.9},
            new double[] {1.1, 0.4, -0.7});
    private static final Matrix Y = Matrix.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 0});

    @Test
    void slopesAreParametersOfTheLayerPerUnitOrShared() {
        Network perUnit = Network.create(NetworkSpec.mlp(3, 1, 4, new PReLU(true, 0.25), 2, Activation.identity()),
                Initializer.xavier(), 1);
        Network shared = Network.create(NetworkSpec.mlp(3, 1, 4, new PReLU(false, 0.25), 2,
                Activation.identity()), Initializer.xavier(), 1);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, perUnit.layer(0).activationParameters().data());
        assertArrayEquals(new double[] {0.25}, shared.layer(0).activationParameters().data());
        assertEquals(3 * 4 + 4 + 4 + 4 * 2 + 2, perUnit.spec().parameterCount());
        assertEquals(3 * 4 + 4 + 1 + 4 * 2 + 2, shared.spec().parameterCount());
    }

    @Test
    void slopeGradientsAgreeWithFiniteDifferencesAtUnequalSlopes() {
        for (boolean perUnit : new boolean[] {true, false}) {
            Network n = Network.create(NetworkSpec.mlp(3, 2, 4, new PReLU(perUnit, 0.25), 2, Activation.identity()),
                    Initializer.xavier(), 3);
            double[] a = n.layer(0).activationParameters().data();
            for (int k = 0; k < a.length; k++) {
                a[k] = 0.1 + 0.2 * k; // unequal, so a slope gradient credited to the wrong unit shows
            }
            GradientCheckResult r = GradientCheck.check(n, X, Y, Loss.softmaxCrossEntropy());
            assertEquals(n.spec().parameterCount(), r.parameters() + r.kinkSkipped(), r.toString());
            assertTrue(r.maxRelativeError() < 1e-8, r.toString());
        }
    }

    @Test
    void trainingMovesTheSlopes() {
        Network n = Network.create(NetworkSpec.mlp(3, 1, 4, new PReLU(true, 0.25), 2, Activation.identity()),
                Initializer.xavier(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Adam.withRate(0.05), 3, X, Y, 1);
        Workspace ws = n.workspace(3);
        double before = n.loss(X, Y, Loss.softmaxCrossEntropy(), ws);
        for (int e = 0; e < 50; e++) {
            t.epoch();
        }
        assertNotEquals(0.25, n.layer(0).activationParameters().get(0, 0));
        assertTrue(n.loss(X, Y, Loss.softmaxCrossEntropy(), ws) < before);
    }
}
