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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Back-propagation against finite differences, for every activation, loss and depth 1..4. */
class GradientCheckTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Activation hidden : Activation.all()) {
            for (Loss loss : Loss.all()) {
                for (int depth = 1; depth <= 4; depth++) {
                    cases.add(Arguments.of(hidden, loss, depth));
                }
            }
        }
        return cases.build();
    }

    /** The output activation each loss is meant for. */
    static Activation outputFor(Loss loss) {
        return switch (loss.name()) {
            case "softmax-cross-entropy" -> Activation.identity();
            case "negative-log-likelihood" -> Activation.softmax();
            default -> Activation.sigmoid();
        };
    }

    static Matrix random(int rows, int cols, SplittableRandom r, double lo, double hi) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] = r.nextDouble(lo, hi);
        }
        return m;
    }

    @ParameterizedTest(name = "{0} hidden, {1}, depth {2}")
    @MethodSource("cases")
    void backpropAgreesWithCentralDifferences(Activation hidden, Loss loss, int depth) {
        NetworkSpec spec = NetworkSpec.mlp(3, depth, 5, hidden, 4, outputFor(loss));
        Network network = Network.create(spec, Initializer.xavier(), 42 + depth);
        SplittableRandom r = new SplittableRandom(7);
        // Random biases too, so that they take part in the check rather than sitting at 0.
        for (var layer : network.layers()) {
            for (int j = 0; j < layer.biases().cols(); j++) {
                layer.biases().set(0, j, r.nextDouble(-0.5, 0.5));
            }
        }
        Matrix x = random(6, 3, r, -1, 1);
        Matrix y = random(6, 4, r, 0, 1);
        if (loss.name().equals("softmax-cross-entropy") || loss.name().equals("negative-log-likelihood")) {
            y.fill(0);
            for (int i = 0; i < 6; i++) {
                y.set(i, r.nextInt(4), 1.0);
            }
        }
        GradientCheckResult result = GradientCheck.check(network, x, y, loss);
        assertEquals(spec.parameterCount(), result.parameters());
        // Measured worst case over these networks: ~1e-7 (binary cross-entropy, sigmoid, depth 4), from the
        // difference quotient's own rounding; a wrong gradient term shows up as 1e-3 or more.
        assertTrue(result.maxRelativeError() < 1e-6, result.toString());
    }

    @Test
    void aStepAcrossAReluKinkIsLeftOutNotFailed() {
        // 1 -> 1 ReLU -> 1 identity with the hidden unit's net input at 5e-5, closer to the kink than h = 1e-4:
        // the differences for w1 and b1 straddle the kink; w2 and b2 do not move that unit.
        Network n = Network.create(NetworkSpec.mlp(1, 1, 1, Activation.relu(), 1, Activation.identity()),
                Initializer.constant(1.0, 0.0), 1);
        n.layer(0).weights().set(0, 0, 5e-5);
        GradientCheckResult r = GradientCheck.check(n, Matrix.row(1.0), Matrix.row(2.0), Loss.meanSquaredError());
        assertEquals(2, r.kinkSkipped(), r.toString());
        assertEquals(2, r.parameters(), r.toString());
        assertTrue(r.maxRelativeError() < 1e-6, r.toString());
    }

    @Test
    void aWrongGradientIsCaught() {
        // A check that cannot fail proves nothing: corrupt one back-propagated value and expect to hear of it.
        Network network = Network.create(NetworkSpec.mlp(2, 1, 3, Activation.tanh(), 1, Activation.identity()),
                Initializer.xavier(), 1);
        Matrix x = Matrix.of(new double[] {0.3, -0.2}, new double[] {0.1, 0.4});
        Matrix y = Matrix.of(new double[] {1.0}, new double[] {-1.0});
        var ws = network.workspace(2);
        network.forward(x, ws);
        network.backward(y, Loss.sumOfSquares(), ws);
        GradientCheckResult good = GradientCheck.compare(network, x, y, Loss.sumOfSquares(), GradientCheck.DEFAULT_STEP, ws.gradients());
        assertTrue(good.maxRelativeError() < 1e-8, good.toString());
        ws.gradients().weights(0).data()[4] *= 1.001;
        GradientCheckResult bad = GradientCheck.compare(network, x, y, Loss.sumOfSquares(), GradientCheck.DEFAULT_STEP, ws.gradients());
        assertTrue(bad.maxRelativeError() > 5e-4, bad.toString());
        assertEquals("layer 0 W[1,1]", bad.worstParameter());
    }

    /** Checks that the relative error is symmetric and floors tiny values. */
    @Test
    void relativeErrorIsSymmetricAndFloorsTinyValues() {
        assertEquals(GradientCheck.relativeError(1.0, 1.1), GradientCheck.relativeError(1.1, 1.0), 0.0);
        assertEquals(0.1 / 1.1, GradientCheck.relativeError(1.0, 1.1), 1e-15);
        assertEquals(1e-9 / GradientCheck.ZERO_FLOOR, GradientCheck.relativeError(0.0, 1e-9), 1e-18);
    }
}
