package org.backproplab.experiments.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.backproplab.datasets.Datasets;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.experiments.grid.DataSettings;
import org.backproplab.experiments.grid.Defaults;
import org.backproplab.experiments.grid.TrainingData;
import org.junit.jupiter.api.Test;

/** A sample meant to stand for the training set holds every class, in proportion, whatever the data's order. */
class AcrossClassesTest {
    @Test
    void theShippedMnistSubsetsProbeHoldsEveryDigitInProportion() {
        TrainingData data = DataSettings.load(Datasets.parse("mnist-10k", Defaults.SPLIT_SEED, null),
                Defaults.SPLIT_SEED);
        int[] counts = classCounts(data.trainY(), AcrossClasses.rows(data.trainY(), 1000));
        int[] all = classCounts(data.trainY(), AcrossClasses.rows(data.trainY(), data.trainY().rows()));
        for (int c = 0; c < 10; c++) {
            double expected = 1000.0 * all[c] / data.trainY().rows();
            assertTrue(Math.abs(counts[c] - expected) <= 1.0, "digit " + c + ": " + counts[c] + " of 1,000, expected "
                    + expected + "; " + Arrays.toString(counts));
        }
        assertEquals(1000, Arrays.stream(counts).sum());
    }

    @Test
    void aSampleAsLargeAsTheClassesHoldsOneOfEach() {
        // Stored class by class, the largest class first: the first three rows would be class 0 only.
        Matrix y = oneHot(0, 0, 0, 0, 0, 0, 1, 1, 1, 2);
        assertArrayEquals(new int[] {0, 6, 9}, AcrossClasses.rows(y, 3));
        assertArrayEquals(new int[] {1, 1, 1}, classCounts(y, AcrossClasses.rows(y, 3)));
        int[] five = AcrossClasses.rows(y, 5);
        assertEquals(5, Arrays.stream(five).distinct().count());
        assertTrue(Arrays.stream(five).allMatch(r -> r >= 0 && r < 10));
    }

    @Test
    void takeCopiesTheRowsInOrder() {
        Matrix m = new Matrix(3, 2, new double[] {1, 2, 3, 4, 5, 6});
        assertArrayEquals(new double[] {1, 2, 5, 6}, AcrossClasses.take(m, new int[] {0, 2}).data());
    }

    private static Matrix oneHot(int... classes) {
        int k = Arrays.stream(classes).max().orElse(0) + 1;
        Matrix y = new Matrix(classes.length, k);
        for (int i = 0; i < classes.length; i++) {
            y.set(i, classes[i], 1.0);
        }
        return y;
    }

    private static int[] classCounts(Matrix y, int[] rows) {
        int[] counts = new int[y.cols()];
        for (int r : rows) {
            for (int k = 0; k < y.cols(); k++) {
                if (y.get(r, k) == 1.0) {
                    counts[k]++;
                }
            }
        }
        return counts;
    }
}
