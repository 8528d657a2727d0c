package org.backproplab.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;

/** Batch normalization's and the residual connection's forward passes, by hand, and what each pass changes. */
class BatchNormAndResidualTest {
    /** 1 input -> 1 identity unit, batch-normalized, weight 1 and bias 0: net is the normalized input itself. */
    private static Network oneNormalizedUnit() {
        NetworkSpec spec = NetworkSpec.of(1, new LayerSpec(1, Activation.identity(), Normalization.batch(), 0));
        return Network.create(spec, Initializer.constant(1.0, 0.0), 1);
    }

    @Test
    void aTrainingPassNormalizesByTheBatchAndMovesTheRunningStatistics() {
        Network n = oneNormalizedUnit();
        n.layer(0).normParameters().gamma().set(0, 0, 2.0);
        n.layer(0).normParameters().beta().set(0, 0, 0.5);
        Workspace ws = n.workspace(3);
        // z = 1, 2, 3: mean 2, biased variance 2/3, so xHat = (z - 2) / sqrt(2/3 + 1e-5)
        Matrix out = n.forwardTraining(Matrix.of(new double[] {1}, new double[] {2}, new double[] {3}), ws);
        double sd = Math.sqrt(2.0 / 3.0 + BatchNorm.EPSILON);
        assertArrayEquals(new double[] {2 * -1 / sd + 0.5, 0.5, 2 * 1 / sd + 0.5}, out.data(), 1e-15);
        // running := 0.9 running + 0.1 batch, from mean 0 and variance 1
        assertEquals(0.1 * 2.0, n.layer(0).normParameters().runningMean().get(0, 0), 1e-15);
        assertEquals(0.9 + 0.1 * 2.0 / 3.0, n.layer(0).normParameters().runningVariance().get(0, 0), 1e-15);
    }

    @Test
    void anEvaluationPassUsesTheRunningStatisticsAndChangesNothing() {
        Network n = oneNormalizedUnit();
        BatchNormParameters p = n.layer(0).normParameters();
        p.runningMean().set(0, 0, 1.0);
        p.runningVariance().set(0, 0, 4.0);
        Workspace ws = n.workspace(2);
        Matrix out = n.forward(Matrix.of(new double[] {3}, new double[] {-1}), ws);
        double sd = Math.sqrt(4.0 + BatchNorm.EPSILON);
        assertArrayEquals(new double[] {2 / sd, -2 / sd}, out.data(), 1e-15);
        assertEquals(1.0, p.runningMean().get(0, 0));
        assertEquals(4.0, p.runningVariance().get(0, 0));
    }

    @Test
    void aBatchStatisticsPassNormalizesByTheBatchButLeavesTheRunningStatistics() {
        Network n = oneNormalizedUnit();
        Workspace ws = n.workspace(2);
        Matrix out = n.forward(Matrix.of(new double[] {3}, new double[] {-1}), ws, Pass.BATCH_STATISTICS);
        double sd = Math.sqrt(4.0 + BatchNorm.EPSILON); // mean 1, biased variance 4
        assertArrayEquals(new double[] {2 / sd, -2 / sd}, out.data(), 1e-15);
        assertEquals(0.0, n.layer(0).normParameters().runningMean().get(0, 0));
        assertEquals(1.0, n.layer(0).normParameters().runningVariance().get(0, 0));
    }

    @Test
    void aPopulationPassSetsTheRunningStatisticsToTheDataSets() {
        Network n = oneNormalizedUnit();
        Workspace ws = n.workspace(4);
        n.forward(Matrix.of(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {6}), ws,
                Pass.POPULATION_STATISTICS);
        assertEquals(3.0, n.layer(0).normParameters().runningMean().get(0, 0));
        assertEquals(3.5, n.layer(0).normParameters().runningVariance().get(0, 0)); // (4 + 1 + 0 + 9) / 4
    }

    @Test
    void batchNormalizationDrawsNoRandomNumbers() {
        // The weights a seed gives do not depend on whether the layers are normalized.
        Network plain = Network.create(NetworkSpec.mlp(3, 3, 4, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 9);
        Network normalized = Network.create(NetworkSpec.mlp(3, 3, 4, Activation.tanh(), Normalization.batch(), 0, 2,
                Activation.identity()), Initializer.xavier(), 9);
        for (int l = 0; l < 4; l++) {
            assertArrayEquals(plain.layer(l).weights().data(), normalized.layer(l).weights().data());
        }
        assertEquals(null, normalized.layer(3).normParameters(), "the output layer is never normalized");
    }

    @Test
    void aResidualLayerAddsTheEarlierOutputToItsOwn() {
        // 2 inputs -> 2 relu -> 2 relu (+ out(0)) -> 1 identity; every weight 0.5, biases 0
        NetworkSpec spec = NetworkSpec.mlp(2, 2, 2, Activation.relu(), Normalization.none(), 1, 1,
                Activation.identity());
        assertEquals(1, spec.layers().get(1).skip());
        assertEquals(0, spec.layers().get(0).skip(), "the stem has no shortcut");
        Network n = Network.create(spec, Initializer.constant(0.5, 0.0), 1);
        Workspace ws = n.workspace(1);
        n.forward(Matrix.row(1.0, 3.0), ws);
        assertArrayEquals(new double[] {2.0, 2.0}, ws.out(0).data());      // 0.5 (1 + 3)
        assertArrayEquals(new double[] {2.0, 2.0}, ws.activated(1).data()); // relu(0.5 (2 + 2))
        assertArrayEquals(new double[] {4.0, 4.0}, ws.out(1).data());       // f(net) + out(0)
        assertArrayEquals(new double[] {4.0}, ws.output().data());          // 0.5 (4 + 4)
    }

    @Test
    void shortcutsComeEveryKLayersAfterTheStem() {
        NetworkSpec spec = NetworkSpec.mlp(5, 10, 8, Activation.relu(), Normalization.none(), 2, 3,
                Activation.identity());
        int[] skips = spec.layers().stream().mapToInt(LayerSpec::skip).toArray();
        assertArrayEquals(new int[] {0, 0, 2, 0, 2, 0, 2, 0, 2, 0, 0}, skips);
    }

    @Test
    void aShortcutBetweenLayersOfDifferentWidthsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkSpec.of(2,
                new LayerSpec(3, Activation.relu()), new LayerSpec(4, Activation.relu(), Normalization.none(), 1),
                new LayerSpec(1, Activation.identity())));
        assertEquals("a residual connection adds out(l-1) to out(l) of the same width, but layer 1 has 4 units and "
                + "layer 0 has 3; expected equal widths", e.getMessage());
    }

    @Test
    void parametersAndGradientsListTheSameMatricesInTheSameOrder() {
        Network n = Network.create(NetworkSpec.mlp(3, 2, 4, new org.backproplab.engine.activation.PReLU(true, 0.25),
                Normalization.batch(), 1, 2, Activation.identity()), Initializer.xavier(), 1);
        Gradients g = n.workspace(2).gradients();
        assertEquals(n.parameters().size(), g.count());
        int total = 0;
        for (Parameter p : n.parameters()) {
            assertEquals(p.value().shape(), g.of(p.index()).shape(), p.name());
            total += p.value().data().length;
        }
        assertEquals(n.spec().parameterCount(), total);
        assertEquals("layer 0 gamma", n.parameters().get(3).name());
    }

    @Test
    void theGradientIntoZOfANormalizedUnitSumsToZeroOverTheBatch() {
        // z's mean is subtracted, so moving every z of a unit alike changes nothing: sum_i dJ/dz_i = 0, and the
        // bias gradient of a normalized layer is 0 (a bias is redundant before batch normalization).
        Network n = Network.create(NetworkSpec.mlp(3, 1, 4, Activation.tanh(), Normalization.batch(), 0, 2,
                Activation.identity()), Initializer.xavier(), 2);
        Workspace ws = n.workspace(5);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        Matrix x = new Matrix(5, 3);
        Matrix y = new Matrix(5, 2);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 3; j++) {
                x.set(i, j, r.nextDouble(-1, 1));
            }
            y.set(i, r.nextInt(2), 1.0);
        }
        n.forwardTraining(x, ws);
        n.backward(y, Loss.softmaxCrossEntropy(), ws);
        for (double db : ws.gradients().biases(0).data()) {
            assertTrue(Math.abs(db) < 1e-15, "bias gradient " + db); // rounding only: the gradients here are ~0.1
        }
    }
}
