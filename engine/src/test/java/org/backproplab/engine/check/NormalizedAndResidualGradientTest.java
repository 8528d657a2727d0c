package org.backproplab.engine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batch normalization and residual connections against finite differences: every activation, depths 1 to 5,
 * batches of 1, 3 and 8 rows (one row: the batch's variance is 0 and the normalized value is 0 whatever z is, so
 * every gradient into z is 0), with normalization, with shortcuts every 1 and 2 layers, and with both.
 */
class NormalizedAndResidualGradientTest {
    private static final int[] BATCHES = {1, 3, 8};

    record Shape(String name, Normalization norm, int residual) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Shape[] shapes = {new Shape("batch-norm", Normalization.batch(), 0),
                new Shape("residual 1", Normalization.none(), 1), new Shape("residual 2", Normalization.none(), 2),
                new Shape("batch-norm + residual 2", Normalization.batch(), 2)};
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Activation hidden : Activation.all()) {
            for (Shape shape : shapes) {
                for (int depth = 1; depth <= 5; depth++) {
                    for (int batch : BATCHES) {
                        cases.add(Arguments.of(hidden, shape, depth, batch));
                    }
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, {1}, depth {2}, batch {3}")
    @MethodSource("cases")
    void backpropAgreesWithCentralDifferences(Activation hidden, Shape shape, int depth, int batch) {
        NetworkSpec spec = NetworkSpec.mlp(3, depth, 5, hidden, shape.norm(), shape.residual(), 4,
                Activation.identity());
        Network network = Network.create(spec, Initializer.xavier(), 42 + depth);
        SplittableRandom r = new SplittableRandom(7 + batch);
        // Biases, scales and shifts away from their starts, so that each takes part in the check.
        for (var layer : network.layers()) {
            shake(layer.biases(), r, -0.5, 0.5);
            if (layer.normParameters() != null) {
                shake(layer.normParameters().gamma(), r, 0.5, 1.5);
                shake(layer.normParameters().beta(), r, -0.5, 0.5);
            }
        }
        Matrix x = GradientCheckTest.random(batch, 3, r, -1, 1);
        Matrix y = new Matrix(batch, 4);
        for (int i = 0; i < batch; i++) {
            y.set(i, r.nextInt(4), 1.0);
        }
        GradientCheckResult result = GradientCheck.check(network, x, y, Loss.softmaxCrossEntropy());
        assertEquals(spec.parameterCount(), result.parameters() + result.kinkSkipped(), result.toString());
        // Measured worst case here: ~1e-8; a wrong term of the normalization's backward pass (the mean's or the
        // variance's path left out) shows up as 1e-2 or more.
        assertTrue(result.maxRelativeError() < 1e-6, result.toString());
    }

    @Test
    void aMissingVariancePathIsCaught() {
        // A check that cannot fail proves nothing: with dJ/dz taken as gamma / sd dJ/dnet (the running-statistics
        // form, as if mu and var were constants), the check must fail on a batch of several rows.
        Network network = Network.create(NetworkSpec.mlp(3, 2, 4, Activation.tanh(), Normalization.batch(), 0, 2,
                Activation.identity()), Initializer.xavier(), 3);
        SplittableRandom r = new SplittableRandom(5);
        Matrix x = GradientCheckTest.random(6, 3, r, -1, 1);
        Matrix y = GradientCheckTest.random(6, 2, r, 0, 1);
        var ws = network.workspace(6);
        network.forward(x, ws); // evaluation: running statistics, whose backward pass treats them as constants
        network.backward(y, Loss.meanSquaredError(), ws);
        GradientCheckResult bad = GradientCheck.compare(network, x, y, Loss.meanSquaredError(),
                GradientCheck.DEFAULT_STEP, ws.gradients());
        assertTrue(bad.maxRelativeError() > 1e-2, bad.toString());
    }

    private static void shake(Matrix m, SplittableRandom r, double lo, double hi) {
        for (int j = 0; j < m.data().length; j++) {
            m.data()[j] = r.nextDouble(lo, hi);
        }
    }
}
