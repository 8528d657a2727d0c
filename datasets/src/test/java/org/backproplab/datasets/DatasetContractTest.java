package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What {@link Dataset} promises beyond {@link DatasetTest}: every constructor refusal names its value, equality is
 * by content, the engine-facing views (one-hot targets, row-major inputs) are fresh copies, and reads are
 * bounds-checked.
 */
class DatasetContractTest {

    private static void assertRefused(String message, Executable construct) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construct).getMessage());
    }

    @Test
    void theConstructorNamesEveryBadValue() {
        assertRefused("features must be >= 1, got 0", () -> new Dataset("d", 0, new double[0], new int[] {0}, 2));
        assertRefused("classes must be >= 2, got 1", () -> new Dataset("d", 1, new double[1], new int[1], 1));
        assertRefused("a data set needs >= 1 sample, got 0 labels",
                () -> new Dataset("d", 1, new double[0], new int[0], 2));
        assertRefused("2 samples of 3 features need 6 inputs, got 7",
                () -> new Dataset("d", 3, new double[7], new int[2], 2));
        assertRefused("label of sample 0 must be in [0, 3), got -1",
                () -> new Dataset("d", 1, new double[2], new int[] {-1, 0}, 3));
        assertRefused("label of sample 2 must be in [0, 3), got 3",
                () -> new Dataset("d", 1, new double[3], new int[] {0, 2, 3}, 3));
        assertRefused("input 0 of sample 1 must be finite, got Infinity",
                () -> new Dataset("d", 2, new double[] {0, 0, Double.POSITIVE_INFINITY, 0}, new int[2], 2));
        assertRefused("input 1 of sample 1 must be finite, got NaN",
                () -> new Dataset("d", 2, new double[] {0, 0, 0, Double.NaN}, new int[2], 2));
        assertThrows(NullPointerException.class, () -> new Dataset(null, 1, new double[1], new int[1], 2));
        assertThrows(NullPointerException.class, () -> new Dataset("d", 1, null, new int[1], 2));
        assertThrows(NullPointerException.class, () -> new Dataset("d", 1, new double[1], null, 2));
    }

    @Test
    void equalityIsByContentAndEveryFieldCounts() {
        Dataset d = new Dataset("d", 2, new double[] {1, 2, 3, 4}, new int[] {0, 1}, 2);
        Dataset same = new Dataset("d", 2, new double[] {1, 2, 3, 4}, new int[] {0, 1}, 2);
        assertEquals(d, same);
        assertEquals(d.hashCode(), same.hashCode());
        assertNotEquals(d, new Dataset("e", 2, new double[] {1, 2, 3, 4}, new int[] {0, 1}, 2));
        assertNotEquals(d, new Dataset("d", 2, new double[] {1, 2, 3, 5}, new int[] {0, 1}, 2));
        assertNotEquals(d, new Dataset("d", 2, new double[] {1, 2, 3, 4}, new int[] {1, 1}, 2));
        assertNotEquals(d, new Dataset("d", 2, new double[] {1, 2, 3, 4}, new int[] {0, 1}, 3));
        assertNotEquals(d, new Dataset("d", 1, new double[] {1, 2, 3, 4}, new int[] {0, 1, 0, 1}, 2));
        assertEquals("Dataset[d: 2 samples x 2 features, 2 classes]", d.toString());
    }

    @Test
    void aGeneratedSetCannotBeChangedThroughTheArraysItHandsOut() {
        Dataset d = Spirals.standard(1).generate();
        Dataset pristine = Spirals.standard(1).generate();
        d.inputs()[5] = 42;
        d.inputsRowMajor()[6] = 42;
        d.labels()[0] = 2;
        d.oneHotTargets()[0] = 42;
        assertEquals(pristine, d);
        assertArrayEquals(d.inputs(), d.inputsRowMajor());
    }

    @Test
    void oneHotRowsHaveASingleOneAtTheLabel() {
        Dataset d = Spirals.standard(3).generate();
        double[] t = d.oneHotTargets();
        assertEquals(d.size() * 3, t.length);
        for (int i = 0; i < d.size(); i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(c == d.label(i) ? 1.0 : 0.0, t[i * 3 + c], "row " + i + " column " + c);
            }
        }
    }

    @Test
    void classCountsListEveryClassEvenAnEmptyOne() {
        Dataset d = new Dataset("d", 1, new double[5], new int[] {3, 0, 3, 3, 0}, 5);
        assertArrayEquals(new int[] {2, 0, 0, 3, 0}, d.classCounts());
    }

    @Test
    void aSubsetKeepsTheOrderGivenRepeatsRowsAndChecksEachRow() {
        Dataset d = new Dataset("d", 2, new double[] {0, 1, 10, 11, 20, 21}, new int[] {0, 1, 2}, 3);
        Dataset sub = d.subset(new int[] {1, 1, 0, 2, 1});
        assertArrayEquals(new double[] {10, 11, 10, 11, 0, 1, 20, 21, 10, 11}, sub.inputs());
        assertArrayEquals(new int[] {1, 1, 0, 2, 1}, sub.labels());
        assertEquals("d", sub.name());
        assertEquals(3, sub.classes());
        assertEquals("row must be in [0, 3), got -1",
                assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {0, -1})).getMessage());
        assertEquals("row must be in [0, 3), got 3",
                assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {3})).getMessage());
    }

    /** Without the feature check, input(0, 2) would silently read sample 1's first feature. */
    @Test
    void singleReadsAreRowMajorAndBoundsChecked() {
        Dataset d = new Dataset("d", 2, new double[] {0, 1, 10, 11, 20, 21}, new int[] {0, 1, 0}, 2);
        assertEquals(11, d.input(1, 1));
        assertEquals(20, d.input(2, 0));
        assertEquals(1, d.label(1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(1, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.label(3));
    }
}
