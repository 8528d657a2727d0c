package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Dataset#split} on generated sets and on hand-made edge cases. Rows are compared as (x, y, label) strings,
 * so "a permutation of the original rows" is checked as equal multisets, duplicates included.
 */
class SplitTest {

    private static List<String> sortedRows(Dataset... parts) {
        List<String> rows = new ArrayList<>();
        for (Dataset d : parts) {
            for (int i = 0; i < d.size(); i++) {
                StringBuilder row = new StringBuilder();
                for (int j = 0; j < d.features(); j++) {
                    row.append(d.input(i, j)).append(',');
                }
                rows.add(row.append(d.label(i)).toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The documented count: round(count * fraction), clamped to [1, count - 1] for classes of two or more. */
    private static int expectedTest(int count, double fraction) {
        if (count < 2) {
            return 0;
        }
        return (int) Math.max(1, Math.min(count - 1, Math.round(count * fraction)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"spirals, 0.2", "spirals, 0.123", "circles, 0.4985", "moons, 0.33", "xor, 0.25", "xor, 0.999"})
    void everyClassGivesItsDocumentedShareToTheTestSet(String name, double fraction) {
        Dataset d = Datasets.synthetic(name, 4).generate();
        Split s = d.split(fraction, 8);
        int[] all = d.classCounts();
        int[] test = s.test().classCounts();
        int[] train = s.train().classCounts();
        for (int c = 0; c < d.classes(); c++) {
            assertEquals(expectedTest(all[c], fraction), test[c], "class " + c);
            assertEquals(all[c], test[c] + train[c], "class " + c);
        }
        assertEquals(sortedRows(d), sortedRows(s.train(), s.test()));
    }

    @Test
    void trainAndTestShareNoRow() {
        // Noisy circles: every row is distinct (checked), so a shared row could only be one row used twice.
        Dataset d = Circles.standard(2).generate();
        assertEquals(d.size(), new HashSet<>(sortedRows(d)).size());
        Split s = d.split(0.3, 5);
        Set<String> train = new HashSet<>(sortedRows(s.train()));
        for (String row : sortedRows(s.test())) {
            assertFalse(train.contains(row), row);
        }
        assertEquals(d.size(), s.train().size() + s.test().size());
    }

    @Test
    void theClampKeepsEveryClassOfTwoOnBothSidesAndAnEmptyClassIsNoObstacle() {
        // Class 0: 3 samples, class 1: 2, class 2: none (as a digit missing from a subset of MNIST). Fraction 0.9
        // would take all of classes 0 and 1.
        Dataset d = new Dataset("edge", 1, new double[] {0, 1, 2, 3, 4}, new int[] {0, 0, 0, 1, 1}, 3);
        assertArrayEquals(new int[] {2, 1, 0}, d.split(0.9, 1).test().classCounts());
        assertArrayEquals(new int[] {1, 1, 0}, d.split(0.9, 1).train().classCounts());
        // Fraction 0.01 would take none: each class still gives one.
        assertArrayEquals(new int[] {1, 1, 0}, d.split(0.01, 1).test().classCounts());
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOtherRows() {
        Dataset d = Moons.standard(1).generate();
        Split a = d.split(0.25, 42);
        assertEquals(a, d.split(0.25, 42));
        assertEquals(a, Moons.standard(1).load(0.25, 42));
        Split b = d.split(0.25, 43);
        assertArrayEquals(a.test().classCounts(), b.test().classCounts());
        assertFalse(Arrays.equals(a.test().inputs(), b.test().inputs()));
    }

    @ParameterizedTest(name = "fraction {0}")
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void aFractionOutsideZeroToOneIsRefusedByValue(double fraction) {
        Dataset d = Xor.standard(1).generate();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.split(fraction, 1));
        assertEquals("test fraction must be in (0, 1), got " + fraction, e.getMessage());
    }

    @Test
    void aClassOfOneSampleCannotBeSplitAndTheLineSaysWhich() {
        Dataset pair = new Dataset("pair", 2, new double[] {1, 2, 3, 4}, new int[] {0, 1}, 2);
        assertEquals("pair: cannot split 2 samples: class 0 has only 1; a stratified train/test split needs at least 2 "
                + "samples of every class, one for each part",
                assertThrows(DataFileException.class, () -> pair.split(0.5, 1)).getMessage());
        Dataset oneOdd = new Dataset("odd", 1, new double[] {0, 1, 2, 3, 4}, new int[] {0, 0, 1, 1, 2}, 3);
        assertEquals("odd: cannot split 5 samples: class 2 has only 1; a stratified train/test split needs at least 2 "
                + "samples of every class, one for each part",
                assertThrows(DataFileException.class, () -> oneOdd.split(0.25, 1)).getMessage());
    }

    @Test
    void theSplitRecordRefusesPartsOfDifferentShapes() {
        Dataset two = new Dataset("a", 2, new double[] {1, 2}, new int[] {0}, 2);
        Dataset one = new Dataset("b", 1, new double[] {1}, new int[] {0}, 2);
        Dataset threeClasses = new Dataset("c", 2, new double[] {1, 2}, new int[] {0}, 3);
        assertEquals("train and test must have the same shape, got 2 features / 2 classes vs 1 / 2",
                assertThrows(IllegalArgumentException.class, () -> new Split(two, one)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Split(two, threeClasses));
        assertThrows(NullPointerException.class, () -> new Split(null, two));
    }
}
