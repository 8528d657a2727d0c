package org.backproplab.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The engine's gradients against DeepLearning4J's, the reference implementation, on the same networks with the
 * same weights: every activation DL4J also has ({@link Dl4jReference#comparable}) x every loss (sum of squares,
 * MSE, binary cross-entropy on a sigmoid output, softmax cross-entropy, negative log-likelihood on a softmax
 * output) x 1..4 hidden layers, random
 * weights and biases, a mini-batch of 8, all in double precision. Every weight and bias gradient must agree to a
 * relative error of 1e-7 (see {@link Dl4jReference} for the conventions reconciled: DL4J's gradient is of the
 * batch sum, the engine's of the batch mean).
 */
class Dl4jGradientTest {
    private static final int BATCH = 8;
    private static final double TOLERANCE = 1e-7;
    /** Values below this are compared absolutely: relative error means nothing for a gradient of 1e-15. */
    private static final double FLOOR = 1e-12;
    /** The worst error over all cases, printed at the end so the agreement actually reached is on record. */
    private static double worstSeen;

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Activation hidden : Dl4jReference.comparable()) {
            for (Loss loss : Loss.all()) {
                for (int depth = 1; depth <= 4; depth++) {
                    cases.add(Arguments.of(hidden, loss, depth));
                }
            }
        }
        return cases.build();
    }

    private static Matrix random(int rows, int cols, SplittableRandom r, double lo, double hi) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] = r.nextDouble(lo, hi);
        }
        return m;
    }

    private static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), FLOOR);
    }

    /** Largest relative error between {@code engine * scale} and {@code dl4j}, element by element. */
    private static double maxError(Matrix engine, double scale, Matrix dl4j) {
        assertEquals(engine.shape(), dl4j.shape(), "DL4J's gradient has another shape");
        double worst = 0;
        for (int i = 0; i < engine.data().length; i++) {
            worst = Math.max(worst, relativeError(engine.data()[i] * scale, dl4j.data()[i]));
        }
        return worst;
    }

    @ParameterizedTest(name = "{0} hidden, {1}, depth {2}")
    @MethodSource("cases")
    void engineGradientsMatchDl4j(Activation hidden, Loss loss, int depth) {
        boolean oneHot = loss.name().equals("softmax-cross-entropy") || loss.name().equals("negative-log-likelihood");
        Activation output = switch (loss.name()) {
            case "negative-log-likelihood" -> Activation.softmax();
            case "binary-cross-entropy" -> Activation.sigmoid();
            default -> Activation.identity();
        };
        NetworkSpec spec = NetworkSpec.mlp(4, depth, 6, hidden, 3, output);
        Network network = Network.create(spec, Initializer.xavier(), 100 + depth);
        SplittableRandom r = new SplittableRandom(depth * 31L + hidden.name().length());
        for (var layer : network.layers()) {
            for (int j = 0; j < layer.units(); j++) {
                layer.biases().set(0, j, r.nextDouble(-0.5, 0.5));
            }
            if (layer.activationParameters() != null) {
                // Unequal PReLU slopes, so that a slope gradient credited to the wrong unit shows.
                double[] a = layer.activationParameters().data();
                for (int k = 0; k < a.length; k++) {
                    a[k] = r.nextDouble(0.05, 0.5);
                }
            }
        }
        Matrix x = random(BATCH, 4, r, -1, 1);
        Matrix y = random(BATCH, 3, r, loss.name().equals("binary-cross-entropy") ? 0 : -1, 1);
        if (oneHot) {
            y.fill(0);
            for (int i = 0; i < BATCH; i++) {
                y.set(i, r.nextInt(3), 1.0);
            }
        }

        Workspace ws = network.workspace(BATCH);
        Matrix out = network.forward(x, ws);
        double engineLoss = loss.value(out, y);
        network.backward(y, loss, ws);

        Dl4jReference dl4j = new Dl4jReference(network, loss);
        double score = dl4j.computeGradientAndScore(x, y);
        double lossScale = Dl4jReference.lossScale(loss);
        assertEquals(engineLoss * lossScale, score, 1e-12 * Math.max(1, score), "DL4J's score is the batch mean");
        for (int l = 0; l < spec.layers().size(); l++) {
            double w = maxError(ws.gradients().weights(l), BATCH * lossScale, dl4j.weightGradient(l));
            double b = maxError(ws.gradients().biases(l), BATCH * lossScale, dl4j.biasGradient(l));
            worstSeen = Math.max(worstSeen, Math.max(w, b));
            if (ws.gradients().activationParameters(l) != null) {
                double a = maxError(ws.gradients().activationParameters(l), BATCH * lossScale,
                        dl4j.activationParameterGradient(l));
                worstSeen = Math.max(worstSeen, a);
                assertTrue(a <= TOLERANCE, "layer " + l + " PReLU slopes: max relative error " + a);
            }
            assertTrue(w <= TOLERANCE, "layer " + l + " weights: max relative error " + w);
            assertTrue(b <= TOLERANCE, "layer " + l + " biases: max relative error " + b);
        }
    }

    @AfterAll
    static void reportWorstError() {
        System.out.printf("engine vs DL4J: worst relative gradient error over all cases %.2e (tolerance %.0e)%n",
                worstSeen, TOLERANCE);
    }

    @Test
    void theReferenceRunsInDoublePrecision() {
        Network n = Network.create(NetworkSpec.mlp(2, 1, 3, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 1);
        assertEquals(DataType.DOUBLE, new Dl4jReference(n, Loss.meanSquaredError()).parameterType());
    }

    @Test
    void forwardPassesAgreeToo() {
        Network n = Network.create(NetworkSpec.mlp(3, 3, 5, Activation.sigmoid(), 2, Activation.identity()),
                Initializer.xavier(), 4);
        Matrix x = random(5, 3, new SplittableRandom(4), -1, 1);
        Matrix engine = n.forward(x, n.workspace(5)).copy();
        Matrix dl4j = new Dl4jReference(n, Loss.meanSquaredError()).output(x);
        for (int i = 0; i < engine.data().length; i++) {
            assertEquals(engine.data()[i], dl4j.data()[i], 1e-14);
        }
    }

    @Test
    void onlyTheGelusAndRreluLackADl4jCounterpart() {
        // A skipped comparison must be a deliberate one; both GELUs are checked against finite differences.
        assertEquals(List.of("gelu", "gelu-tanh", "rrelu"), Activation.all().stream()
                .filter(a -> !Dl4jReference.supports(a)).map(Activation::name).toList());
        assertEquals(Activation.all().size() - 3, Dl4jReference.comparable().size());
    }

    /**
     * Why gelu-tanh is not compared: DL4J 1.0.0-M2.1's "precise" GELU is the tanh approximation with its cubic
     * coefficient cubed, {@code 0.044715^3 x^3} instead of {@code 0.044715 x^3} (found by probing it at several x).
     */
    @Test
    void dl4jsPreciseGeluCubesItsCubicCoefficient() {
        double c = Math.sqrt(2 / Math.PI);
        double k = 0.044715;
        for (double x : new double[] {-1.0, 0.5, 1.0, 2.0, 3.0}) {
            double dl4j = Dl4jReference.apply(new org.nd4j.linalg.activations.impl.ActivationGELU(true), x);
            assertEquals(0.5 * x * (1 + Math.tanh(c * (x + k * k * k * x * x * x))), dl4j, 1e-12, "x = " + x);
        }
        double ours = Activation.named("gelu-tanh").apply(1.0);
        assertEquals(0.8411919906082768, ours, 1e-15);
        assertTrue(Math.abs(Dl4jReference.apply(new org.nd4j.linalg.activations.impl.ActivationGELU(true), 1.0)
                - ours) > 9e-3);
    }

    /** Why the comparison uses float-exact slopes: DL4J applies some constants in single precision. */
    @Test
    void dl4jUsesSinglePrecisionConstantsForLeakyReluAndHardSigmoid() {
        var leaky = new org.nd4j.linalg.activations.impl.ActivationLReLU(0.01);
        assertEquals((double) 0.01f, Dl4jReference.derivative(leaky, -1.0), 0.0);
        var hard = new org.nd4j.linalg.activations.impl.ActivationHardSigmoid();
        assertEquals((double) 0.2f, Dl4jReference.derivative(hard, 0.0), 0.0);
    }
}
