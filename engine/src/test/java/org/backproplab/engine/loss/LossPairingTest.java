package org.backproplab.engine.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each loss says about its use: the output it is meant for, whether it is a regression loss, its targets. */
class LossPairingTest {
    static Stream<Loss> losses() {
        return Loss.all().stream();
    }

    @Test
    void allListsEveryPermittedLossOnce() {
        List<Class<?>> listed = Loss.all().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(listed.size(), Set.copyOf(listed).size(), "listed twice: " + listed);
        assertEquals(Set.of(Loss.class.getPermittedSubclasses()), Set.copyOf(listed));
    }

    @Test
    void eachLossIsMeantForTheOutputTheGradientCheckHasAlwaysGivenIt() {
        for (Loss loss : Loss.all()) {
            Activation expected = switch (loss.name()) {
                case "negative-log-likelihood" -> Activation.softmax();
                case "binary-cross-entropy" -> Activation.sigmoid();
                default -> Activation.identity();
            };
            assertEquals(expected, loss.outputActivation(), loss.name());
        }
    }

    @ParameterizedTest
    @MethodSource("losses")
    void theOutputALossIsMeantForIsOneItAccepts(Loss loss) {
        loss.checkOutputActivation(loss.outputActivation());
    }

    @Test
    void exactlyTheSquaredErrorsAreRegressionLosses() {
        assertEquals(List.of("sum-of-squares", "mse"),
                Loss.all().stream().filter(Loss::isRegression).map(Loss::name).toList());
    }

    /** Today's draws, as the gradient check made them by name before the losses said it: its seeds must hold. */
    private static Matrix drawnByName(Loss loss, int rows, int cols, SplittableRandom r) {
        Matrix y = new Matrix(rows, cols);
        switch (loss.name()) {
            case "softmax-cross-entropy", "negative-log-likelihood" -> {
                for (int i = 0; i < rows; i++) {
                    y.set(i, r.nextInt(cols), 1.0);
                }
            }
            case "binary-cross-entropy" -> {
                for (int i = 0; i < y.data().length; i++) {
                    y.data()[i] = r.nextDouble();
                }
            }
            default -> {
                for (int i = 0; i < y.data().length; i++) {
                    y.data()[i] = r.nextDouble(-1, 1);
                }
            }
        }
        return y;
    }

    @ParameterizedTest
    @MethodSource("losses")
    void randomTargetsAreTheSameDrawsAsBeforeAndLeaveTheGeneratorInTheSameState(Loss loss) {
        for (long seed : new long[] {1, 42, 20_240_601}) {
            SplittableRandom before = new SplittableRandom(seed);
            SplittableRandom now = new SplittableRandom(seed);
            Matrix expected = drawnByName(loss, 7, 3, before);
            Matrix y = new Matrix(7, 3);
            y.fill(5.0); // stale values must not survive
            loss.fillRandomTargets(y, now);
            assertArrayEquals(expected.data(), y.data(), 0.0, loss.name() + " seed " + seed);
            assertEquals(before.nextLong(), now.nextLong(), loss.name() + ": the generator moved differently");
        }
    }

    @ParameterizedTest
    @MethodSource("losses")
    void randomTargetsAreValidForTheLoss(Loss loss) {
        Matrix y = new Matrix(50, 4);
        loss.fillRandomTargets(y, new SplittableRandom(3));
        for (int i = 0; i < y.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < y.cols(); j++) {
                double t = y.get(i, j);
                sum += t;
                if (loss.isRegression()) {
                    assertTrue(t >= -1 && t < 1, loss.name() + ": " + t);
                } else {
                    assertTrue(t >= 0 && t <= 1, loss.name() + ": " + t);
                }
            }
            if (loss.outputActivation().equals(Activation.softmax()) || loss instanceof SoftmaxCrossEntropy) {
                assertEquals(1.0, sum, 0.0, loss.name() + ": row " + i + " is not one-hot");
            }
        }
    }
}
