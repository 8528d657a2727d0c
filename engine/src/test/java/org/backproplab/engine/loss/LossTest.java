package org.backproplab.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LossTest {
    static Stream<Loss> losses() {
        return Loss.all().stream();
    }

    /** Outputs in (0, 1) so that every loss, binary cross-entropy included, is defined; soft targets. */
    private static final Matrix OUT = Matrix.of(new double[] {0.2, 0.7, 0.4}, new double[] {0.9, 0.1, 0.55});
    private static final Matrix TARGET = Matrix.of(new double[] {0, 1, 0.3}, new double[] {1, 0, 0.5});

    @ParameterizedTest
    @MethodSource("losses")
    void gradientMatchesACentralDifferenceOfTheBatchMean(Loss loss) {
        Matrix gradient = new Matrix(2, 3);
        loss.gradient(OUT, TARGET, gradient);
        double h = 1e-6;
        for (int i = 0; i < OUT.data().length; i++) {
            Matrix plus = OUT.copy();
            plus.data()[i] += h;
            Matrix minus = OUT.copy();
            minus.data()[i] -= h;
            double numeric = (loss.value(plus, TARGET) - loss.value(minus, TARGET)) / (2 * h);
            assertEquals(numeric, gradient.data()[i], 1e-8, loss.name() + " element " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("losses")
    void valueAndGradientIsValueThenGradientBitForBit(Loss loss) {
        Matrix separate = new Matrix(2, 3);
        loss.gradient(OUT, TARGET, separate);
        Matrix fused = new Matrix(2, 3);
        fused.fill(Double.NaN);
        assertEquals(loss.value(OUT, TARGET), loss.valueAndGradient(OUT, TARGET, fused), 0.0, loss.name());
        org.junit.jupiter.api.Assertions.assertArrayEquals(separate.data(), fused.data(), 0.0, loss.name());
    }

    @Test
    void sumOfSquaresIsTheSlidesTotalError() {
        // E_total for out = (0.75136507, 0.772928465), target = (0.01, 0.99): the slides print 0.298371109.
        Matrix out = Matrix.row(0.7513650695523157, 0.7729284653214625);
        assertEquals(0.2983711087600027, Loss.sumOfSquares().value(out, Matrix.row(0.01, 0.99)), 1e-15);
    }

    @Test
    void meanSquaredErrorAveragesOverOutputsAndRowsWithoutAHalf() {
        // row 0: (0.04 + 0.09 + 0.01) / 3, row 1: (0.01 + 0.01 + 0.0025) / 3; mean of the two rows.
        double expected = ((0.04 + 0.09 + 0.01) / 3 + (0.01 + 0.01 + 0.0025) / 3) / 2;
        assertEquals(expected, Loss.meanSquaredError().value(OUT, TARGET), 1e-15);
    }

    @Test
    void softmaxCrossEntropyOfEqualScoresIsLnOfTheClassCount() {
        Matrix scores = Matrix.row(3.0, 3.0, 3.0, 3.0);
        assertEquals(Math.log(4), Loss.softmaxCrossEntropy().value(scores, Matrix.row(0, 0, 1, 0)), 1e-15);
    }

    @Test
    void softmaxCrossEntropyStaysFiniteForHugeScores() {
        Matrix scores = Matrix.row(1000.0, -1000.0);
        assertEquals(2000.0, Loss.softmaxCrossEntropy().value(scores, Matrix.row(0, 1)), 1e-9);
    }

    @Test
    void binaryCrossEntropyMatchesItsDefinition() {
        double expected = -(Math.log(0.8) + Math.log(0.3)) / 2; // targets 0 and 1 against 0.2 and 0.3
        assertEquals(expected, Loss.binaryCrossEntropy().value(Matrix.of(new double[] {0.2}, new double[] {0.3}),
                Matrix.of(new double[] {0}, new double[] {1})), 1e-15);
    }

    @Test
    void lossesRefuseOutputActivationsTheyCannotPairWith() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Loss.softmaxCrossEntropy().checkOutputActivation(Activation.sigmoid()));
        assertEquals("softmax cross-entropy applies the softmax itself: the output activation must be identity, "
                + "got sigmoid", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Loss.binaryCrossEntropy().checkOutputActivation(Activation.identity()));
    }

    @Test
    void mismatchedShapesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Loss.meanSquaredError().value(new Matrix(2, 3), new Matrix(2, 2)));
        assertEquals("loss: output 2x3 but target 2x2", e.getMessage());
    }
}
