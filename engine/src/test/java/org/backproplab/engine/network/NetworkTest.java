package org.backproplab.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Explicit;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.optim.Sgd;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private static final NetworkSpec DEEP = NetworkSpec.mlp(2, 3, 8, Activation.relu(), 3, Activation.identity());

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedDifferentOnes() {
        Network a = Network.create(DEEP, Initializer.he(), 11);
        Network b = Network.create(DEEP, Initializer.he(), 11);
        Network c = Network.create(DEEP, Initializer.he(), 12);
        for (int l = 0; l < DEEP.layers().size(); l++) {
            assertArrayEquals(a.layer(l).weights().data(), b.layer(l).weights().data(), 0.0);
        }
        assertNotEquals(a.layer(0).weights().get(0, 0), c.layer(0).weights().get(0, 0));
    }

    @Test
    void xavierAndHeDrawWithTheirStatedScale() {
        NetworkSpec wide = NetworkSpec.mlp(400, 1, 400, Activation.tanh(), 1, Activation.identity());
        double[] xavier = Network.create(wide, Initializer.xavier(), 3).layer(0).weights().data();
        double[] he = Network.create(wide, Initializer.he(), 3).layer(0).weights().data();
        // U(-a, a) has variance a^2 / 3 = 2 / (nIn + nOut); N(0, 2 / nIn) has variance 2 / nIn.
        assertEquals(2.0 / 800, variance(xavier), 0.05 * 2.0 / 800);
        assertEquals(2.0 / 400, variance(he), 0.05 * 2.0 / 400);
        double a = Math.sqrt(6.0 / 800);
        for (double w : xavier) {
            assertEquals(0.0, w, a);
        }
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / v.length;
    }

    @Test
    void forwardComputesNetAndOutLayerByLayer() {
        // 1 input -> 2 tanh units -> 1 identity output, small enough to follow by hand.
        NetworkSpec spec = NetworkSpec.of(1, new LayerSpec(2, Activation.tanh()), new LayerSpec(1, Activation.identity()));
        Network n = Network.create(spec, new Explicit(
                List.of(new double[][] {{0.5, -1.0}}, new double[][] {{2.0}, {3.0}}),
                List.of(new double[] {0.1, 0.2}, new double[] {-0.3})), 0);
        Workspace ws = n.workspace(1);
        n.forward(Matrix.row(0.4), ws);
        assertArrayEquals(new double[] {0.3, -0.2}, ws.net(0).data(), 1e-15);
        assertArrayEquals(new double[] {Math.tanh(0.3), Math.tanh(-0.2)}, ws.out(0).data(), 1e-15);
        assertEquals(2 * Math.tanh(0.3) + 3 * Math.tanh(-0.2) - 0.3, ws.output().get(0, 0), 1e-15);
    }

    @Test
    void sgdSubtractsTheRateTimesTheGradientAndCanHoldBiases() {
        NetworkSpec spec = NetworkSpec.of(1, new LayerSpec(1, Activation.identity()));
        Network n = Network.create(spec, Initializer.constant(1.0, 0.5), 0);
        Workspace ws = n.workspace(1);
        n.forward(Matrix.row(2.0), ws);            // out = 1 * 2 + 0.5 = 2.5
        n.backward(Matrix.row(0.5), Loss.sumOfSquares(), ws); // dE/dout = 2, dE/dw = 4, dE/db = 2
        new Sgd(0.1, 0.0).step(n, ws.gradients());
        assertEquals(1.0 - 0.1 * 4.0, n.layer(0).weights().get(0, 0), 1e-15);
        assertEquals(0.5, n.layer(0).biases().get(0, 0), 0.0);
        Sgd.withRate(0.1).step(n, ws.gradients());
        assertEquals(0.5 - 0.1 * 2.0, n.layer(0).biases().get(0, 0), 1e-15);
    }

    @Test
    void badShapesAndRatesAreRefusedWithTheValueNamed() {
        Network n = Network.create(DEEP, Initializer.he(), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> n.forward(new Matrix(4, 3), n.workspace(4)));
        assertEquals("forward: input 4x3 for a network of 2 inputs and a workspace of 4 rows", e.getMessage());
        assertEquals("weight learning rate must be a finite number >= 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Sgd.withRate(-0.1)).getMessage());
        assertEquals("depth must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> NetworkSpec.mlp(2, -1, 4, Activation.relu(), 1, Activation.identity())).getMessage());
        assertEquals("layer width must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new LayerSpec(0, Activation.relu())).getMessage());
    }

    @Test
    void parameterCountCountsWeightsAndBiases() {
        assertEquals((2 + 1) * 8 + (8 + 1) * 8 * 2 + (8 + 1) * 3, DEEP.parameterCount());
    }
}
