package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
    /** 10 samples of class 0, 20 of class 1, 3 of class 2; sample i is (i, -i), so rows can be traced. */
    private static Dataset unbalanced() {
        int n = 33;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
            y[i] = i < 10 ? 0 : i < 30 ? 1 : 2;
        }
        return new Dataset("toy", 2, x, y, 3);
    }

    private static List<String> rows(Dataset d) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            rows.add(d.input(i, 0) + "," + d.input(i, 1) + "->" + d.label(i));
        }
        return rows;
    }

    @Test
    void theSplitIsStratifiedDisjointAndCoversEveryRow() {
        Dataset d = unbalanced();
        Split s = d.split(0.25, 7);
        // round(10 * 0.25) = 3 (2.5 rounds up), round(20 * 0.25) = 5, round(3 * 0.25) = 1 (at least one).
        assertArrayEquals(new int[] {3, 5, 1}, s.test().classCounts());
        assertArrayEquals(new int[] {7, 15, 2}, s.train().classCounts());
        List<String> all = new ArrayList<>(rows(s.train()));
        all.addAll(rows(s.test()));
        Collections.sort(all);
        List<String> original = rows(d);
        Collections.sort(original);
        assertEquals(original, all);
        assertEquals("toy [train]", s.train().name());
        assertEquals("toy [test]", s.test().name());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset d = unbalanced();
        assertEquals(d.split(0.3, 1), d.split(0.3, 1));
        assertNotEquals(d.split(0.3, 1).test(), d.split(0.3, 2).test());
    }

    @Test
    void bothPartsKeepTheOriginalRowOrder() {
        Split s = unbalanced().split(0.5, 3);
        for (Dataset part : List.of(s.train(), s.test())) {
            for (int i = 1; i < part.size(); i++) {
                assertTrue(part.input(i, 0) > part.input(i - 1, 0));
            }
        }
    }

    @Test
    void badFractionsAndUnsplittableSetsAreRefused() {
        Dataset d = unbalanced();
        for (double f : new double[] {0.0, 1.0, -0.1, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.split(f, 1));
            assertEquals("test fraction must be in (0, 1), got " + f, e.getMessage());
        }
        Dataset singles = new Dataset("singles", 1, new double[] {1, 2}, new int[] {0, 1}, 2);
        assertTrue(assertThrows(DataFileException.class, () -> singles.split(0.5, 1)).getMessage()
                .contains("class 0 has only 1"));
    }

    @Test
    void theConstructorNamesWhatIsWrong() {
        assertEquals("label of sample 1 must be in [0, 2), got 2", assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", 1, new double[] {0, 1}, new int[] {0, 2}, 2)).getMessage());
        assertEquals("2 samples of 2 features need 4 inputs, got 3", assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", 2, new double[3], new int[2], 2)).getMessage());
        assertEquals("input 1 of sample 0 must be finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", 2, new double[] {0, Double.NaN}, new int[1], 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dataset("d", 1, new double[0], new int[0], 2));
        assertThrows(IllegalArgumentException.class, () -> new Dataset("d", 1, new double[1], new int[1], 1));
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] x = {1, 2};
        int[] y = {1, 0};
        Dataset d = new Dataset("d", 1, x, y, 2);
        x[0] = 99;
        y[0] = 0;
        d.inputs()[1] = 99;
        d.inputsRowMajor()[1] = 99;
        d.labels()[1] = 1;
        assertArrayEquals(new double[] {1, 2}, d.inputs());
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void oneHotCountsAndSubsets() {
        Dataset d = new Dataset("d", 1, new double[] {10, 20, 30}, new int[] {2, 0, 2}, 3);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 0, 1}, d.oneHotTargets());
        assertArrayEquals(new int[] {1, 0, 2}, d.classCounts());
        Dataset sub = d.subset(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {30, 10, 30}, sub.inputs());
        assertArrayEquals(new int[] {2, 2, 2}, sub.labels());
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {3}));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(0, 1));
    }
}
