package org.backproplab.engine.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A product shared between cores has the bits of the product on one: each element is computed by one thread, as
 * one chain of multiply-adds, whatever the split.
 */
class CoresTest {
    private static Matrix random(int rows, int cols, long seed) {
        return MatrixKernelsTest.random(rows, cols, seed);
    }

    @Test
    void everyKernelGivesTheSameBitsOnOneTwoThreeAndFiveCores() {
        // Rows around the split points (whole 8-row blocks, the remainder to the last part), products both
        // above and below the size that is split at all, the benchmark's shapes among them.
        int[][] shapes = {{64, 784, 256}, {64, 256, 256}, {128, 512, 512}, {784, 64, 256}, {13, 100, 300},
            {17, 300, 33}, {40, 300, 30}, {9, 500, 40}, {8, 1000, 24}, {7, 2000, 31}, {32, 30, 30}};
        long seed = 1;
        try (Cores two = Cores.of(2); Cores three = Cores.of(3); Cores five = Cores.of(5)) {
            for (int[] s : shapes) {
                int m = s[0];
                int k = s[1];
                int n = s[2];
                Matrix a = random(m, k, seed++);
                Matrix b = random(k, n, seed++);
                Matrix bias = random(1, n, seed++);
                Matrix aT = random(k, m, seed++);
                Matrix bT = random(n, k, seed++);
                Matrix one = new Matrix(m, n);
                MatrixKernels.multiplyAddRow(a, b, bias, one);
                Matrix oneT = new Matrix(m, n);
                MatrixKernels.multiplyTransA(aT, b, oneT);
                Matrix oneB = new Matrix(m, n);
                MatrixKernels.multiplyTransB(a, bT, oneB, new Matrix(k, n));
                for (Cores cores : new Cores[] {two, three, five}) {
                    String shape = m + "x" + k + "x" + n + " on " + cores.count() + " cores";
                    Matrix c = new Matrix(m, n);
                    java.util.Arrays.fill(c.data(), Double.NaN); // every element must be written
                    MatrixKernels.multiplyAddRow(a, b, bias, c, cores);
                    assertArrayEquals(one.data(), c.data(), 0.0, "multiplyAddRow " + shape);
                    java.util.Arrays.fill(c.data(), Double.NaN);
                    MatrixKernels.multiplyTransA(aT, b, c, cores);
                    assertArrayEquals(oneT.data(), c.data(), 0.0, "multiplyTransA " + shape);
                    java.util.Arrays.fill(c.data(), Double.NaN);
                    MatrixKernels.multiplyTransB(a, bT, c, new Matrix(k, n), cores);
                    assertArrayEquals(oneB.data(), c.data(), 0.0, "multiplyTransB " + shape);
                }
            }
        }
    }

    @Test
    void partsAreCutAtTheWholeUnitNearestAnEvenShare() {
        // The plain kernel's 256 columns, 10 panels of 24 and 16 over, cut at vectors of 8: halves of 128.
        assertEquals(128, Cores.boundary(1, 2, 256, 8, 256));
        assertEquals(256, Cores.boundary(1, 2, 512, 8, 512));
        // The transposed kernel's 512, 21 panels and 8 over, the 8 computed as a whole panel: 22 panels' work,
        // 11 each; its 256 columns, 11 panels' work, 6 and 5.
        assertEquals(264, Cores.boundary(1, 2, 512, 24, 528));
        assertEquals(144, Cores.boundary(1, 2, 256, 24, 264));
        assertEquals(32, Cores.boundary(1, 2, 64, 8, 64));
        for (int unit : new int[] {8, 24}) {
            for (int size = unit; size <= 2000; size++) {
                int units = size / unit;
                for (int parts = 1; parts <= Math.min(5, units); parts++) {
                    for (int cost : new int[] {size, (size + unit - 1) / unit * unit}) {
                        String cut = size + " in " + parts + " parts of " + unit + ", cost " + cost;
                        assertEquals(0, Cores.boundary(0, parts, size, unit, cost), cut);
                        assertEquals(size, Cores.boundary(parts, parts, size, unit, cost), cut);
                        for (int p = 0; p < parts; p++) {
                            int from = Cores.boundary(p, parts, size, unit, cost);
                            int to = Cores.boundary(p + 1, parts, size, unit, cost);
                            assertEquals(0, from % unit, cut);
                            assertTrue(to - from >= unit, cut + ": part " + p + " is " + from + ".." + to);
                            if (units >= 2 * parts) {
                                // Within a unit of an even share: a part's cost is its columns, the last one's
                                // what is left of the cost.
                                double share = (double) cost / parts;
                                double own = p == parts - 1 ? cost - from : to - from;
                                assertTrue(Math.abs(own - share) <= unit, cut + ": part " + p + " costs " + own);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void manyProductsInARowKeepTheirOrderAndBits() {
        // Thousands of hand-overs in a row, each product reading the last one's output: a lost or doubled
        // hand-over, or a helper that read a stale operand, would change the result.
        Matrix w = random(128, 128, 7);
        for (int i = 0; i < w.data().length; i++) {
            w.data()[i] *= 0.09; // keeps the repeated product bounded
        }
        Matrix x1 = random(64, 128, 8);
        Matrix x2 = x1.copy();
        Matrix y = new Matrix(64, 128);
        try (Cores two = Cores.of(2)) {
            for (int step = 0; step < 2000; step++) {
                MatrixKernels.multiply(x1, w, y);
                System.arraycopy(y.data(), 0, x1.data(), 0, y.data().length);
                MatrixKernels.multiply(x2, w, y, two);
                System.arraycopy(y.data(), 0, x2.data(), 0, y.data().length);
            }
        }
        assertArrayEquals(x1.data(), x2.data(), 0.0);
    }

    @Test
    void oneCoreIsTheCallerAloneAndACountBelowOneIsRefused() {
        assertSame(Cores.ONE, Cores.of(1));
        assertEquals(1, Cores.ONE.count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cores.of(0));
        assertEquals("cores must be >= 1, got 0", e.getMessage());
    }

    @Test
    void closedCoresRefuseASharedProductButStillRunSmallOnes() {
        Cores two = Cores.of(2);
        two.close();
        Matrix small = random(2, 2, 3);
        MatrixKernels.multiply(small, small, new Matrix(2, 2), two); // below the split size: the caller's alone
        Matrix a = random(64, 256, 4);
        Matrix b = random(256, 256, 5);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MatrixKernels.multiply(a, b, new Matrix(64, 256), two));
        assertEquals("these cores were closed", e.getMessage());
    }

    @Test
    void aFailedPartIsReportedOnceAndTheCoresStillWorkAfterIt() {
        try (Cores two = Cores.of(2)) {
            IllegalStateException helper = assertThrows(IllegalStateException.class, () -> two.share((part, parts) -> {
                if (part == 1) {
                    throw new ArithmeticException("part 1");
                }
            }, 2));
            assertEquals("part 1", helper.getCause().getMessage());
            assertThrows(ArithmeticException.class, () -> two.share((part, parts) -> {
                if (part == 0) {
                    throw new ArithmeticException("part 0");
                }
            }, 2));
            int[] ran = new int[2];
            two.share((part, parts) -> ran[part]++, 2);
            assertArrayEquals(new int[] {1, 1}, ran);
        }
    }
}
