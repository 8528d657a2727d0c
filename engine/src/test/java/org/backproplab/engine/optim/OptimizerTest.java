package org.backproplab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    /** 1 -> 1 identity -> 1 identity, every weight {@code w}, biases 0: out = w2 w1 x. */
    private static Network scalar(double w) {
        return Network.create(NetworkSpec.mlp(1, 1, 1, Activation.identity(), 1, Activation.identity()),
                Initializer.constant(w, 0.0), 1);
    }

    @Test
    void momentumFollowsItsRecurrenceByHand() {
        // One hidden identity unit: out = w2 * w1 * x. Start w1 = w2 = 1, x = 1, target 0, J = 1/2 out^2.
        Network n = scalar(1.0);
        Updater u = new Momentum(0.1, 0.0, 0.5).updaterFor(n);
        Matrix x = Matrix.row(1.0);
        Matrix t = Matrix.row(0.0);
        Workspace ws = n.workspace(1);
        double w1 = 1;
        double w2 = 1;
        double v1 = 0;
        double v2 = 0;
        for (int step = 0; step < 5; step++) {
            n.forward(x, ws);
            n.backward(t, Loss.sumOfSquares(), ws);
            u.step(ws.gradients());
            double g1 = w2 * w2 * w1; // dJ/dw1 = out * w2
            double g2 = w1 * w1 * w2;
            v1 = 0.5 * v1 - 0.1 * g1;
            v2 = 0.5 * v2 - 0.1 * g2;
            w1 += v1;
            w2 += v2;
            assertEquals(w1, n.layer(0).weights().get(0, 0), 1e-15, "w1 after step " + (step + 1));
            assertEquals(w2, n.layer(1).weights().get(0, 0), 1e-15, "w2 after step " + (step + 1));
        }
    }

    @Test
    void aBiasRateOfZeroHoldsBiasesExactlyForEveryOptimizer() {
        for (Optimizer o : List.of(new Sgd(0.1, 0), new Momentum(0.1, 0, 0.9), new Nesterov(0.1, 0, 0.9),
                new Adam(0.1, 0, 0.9, 0.999, 1e-8), new RmsProp(0.1, 0, 0.95, 1e-8))) {
            Network n = Network.create(NetworkSpec.mlp(2, 1, 3, Activation.tanh(), 2, Activation.identity()),
                    Initializer.constant(0.3, 0.2), 1);
            Updater u = o.updaterFor(n);
            Workspace ws = n.workspace(1);
            for (int step = 0; step < 3; step++) {
                n.forward(Matrix.row(0.5, -1), ws);
                n.backward(Matrix.row(1, 0), Loss.meanSquaredError(), ws);
                u.step(ws.gradients());
            }
            assertArrayEquals(new double[] {0.2, 0.2, 0.2}, n.layer(0).biases().data(), 0.0, o.description());
            assertEquals(false, n.layer(0).weights().get(0, 0) == 0.3, o.description() + " moved no weight");
        }
    }

    @Test
    void badCoefficientsAreNamed() {
        assertEquals("momentum must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> Momentum.withRate(0.1, 1.0)).getMessage());
        assertEquals("beta2 must be in [0, 1), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 0.1, 0.9, -0.1, 1e-8)).getMessage());
        assertEquals("weight learning rate must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> RmsProp.withRate(Double.NaN)).getMessage());
    }
}
