package org.backproplab.engine.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two implementations of {@link Gemm} against each other and against the contract's order of arithmetic. */
class GemmTest {
    private static double[] random(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = r.nextDouble(-1, 1);
        }
        return x;
    }

    /** The contract written as plainly as possible: one fma chain per element, p increasing. */
    private static double[] contract(int m, int n, int k, double[] a, int ars, int acs, double[] b, double[] start) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = start == null ? 0 : start[j];
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[i * ars + p * acs], b[p * n + j], s);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @Test
    void testsRunWithTheVectorApi() {
        // The surefire argLine adds the module; without it the comparison below would compare scalar to scalar.
        assertTrue(Gemm.VECTOR_API, "tests must run with --add-modules jdk.incubator.vector");
        assertTrue(MatrixKernels.implementation().startsWith("Vector API"), MatrixKernels.implementation());
    }

    @Test
    void vectorAndScalarGiveTheSameBitsOnEveryShape() {
        // Every remainder: rows around the 4-row block, columns around 1 and 3 vectors of 4 or 8 lanes.
        int[] rows = {1, 2, 3, 4, 5, 7, 8, 9, 13, 32};
        int[] cols = {1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 15, 16, 17, 23, 24, 25, 30, 31, 32, 33, 47, 48, 49, 100};
        int[] inner = {1, 2, 3, 17, 64};
        long seed = 0;
        for (int m : rows) {
            for (int n : cols) {
                for (int k : inner) {
                    double[] a = random(m * k, seed++);
                    double[] b = random(k * n, seed++);
                    for (double[] start : new double[][] {null, random(n, seed++)}) {
                        double[] expected = contract(m, n, k, a, k, 1, b, start);
                        double[] vector = new double[m * n];
                        double[] scalar = new double[m * n];
                        java.util.Arrays.fill(vector, Double.NaN); // stale values must be overwritten
                        java.util.Arrays.fill(scalar, Double.NaN);
                        VectorGemm.gemm(0, m, n, k, a, k, 1, b, vector, start);
                        ScalarGemm.block(0, m, 0, n, n, k, a, k, 1, b, scalar, start);
                        String shape = m + "x" + k + "x" + n + (start == null ? "" : " from a start row");
                        assertArrayEquals(expected, vector, 0.0, "vector " + shape);
                        assertArrayEquals(expected, scalar, 0.0, "scalar " + shape);
                    }
                }
            }
        }
    }

    @Test
    void packedPanelsGiveTheSameBitsAcrossEveryKcBoundaryAndRowRemainder() {
        // Products with enough rows to be packed (PACK_ROWS and up): one panel row block short of, at and past
        // KC, several KC blocks, rows that end on a block and rows that need the overlapping last block, both
        // with A read along its rows and A read in place as a transpose (the weight gradient's case).
        int kc = VectorGemm.KC;
        int[] rows = {32, 33, 45, 64, 100};
        int[] cols = {24, 30, 48, 49, 100};
        int[] inner = {1, kc - 1, kc, kc + 1, 3 * kc + 5};
        long seed = 100;
        for (int m : rows) {
            for (int n : cols) {
                for (int k : inner) {
                    double[] a = random(m * k, seed++);
                    double[] b = random(k * n, seed++);
                    double[] start = random(n, seed++);
                    for (boolean transposed : new boolean[] {false, true}) {
                        int ars = transposed ? 1 : k;
                        int acs = transposed ? m : 1;
                        double[] expected = contract(m, n, k, a, ars, acs, b, start);
                        double[] vector = new double[m * n];
                        java.util.Arrays.fill(vector, Double.NaN);
                        VectorGemm.gemm(0, m, n, k, a, ars, acs, b, vector, start);
                        assertArrayEquals(expected, vector, 0.0,
                                m + "x" + k + "x" + n + (transposed ? ", A transposed" : ""));
                    }
                }
            }
        }
    }

    @Test
    void theProductWithWTransposedPackedFromWHasTheBitsOfTheProductWithACopyOfWTransposed() {
        // delta W^T: rows around the row block (the last rows one element at a time), columns around the panel
        // (the last panel overlapping), k around KC, and blocks of columns as Cores hands them out.
        int kc = VectorGemm.KC;
        int w = VectorGemm.PANEL_WIDTH;
        long seed = 500;
        for (int m : new int[] {8, 9, 15, 16, 33, 64}) {
            for (int n : new int[] {w, w + 1, 2 * w - 1, 2 * w, 100, 784}) {
                for (int k : new int[] {1, 10, kc, kc + 3, 300}) {
                    double[] a = random(m * k, seed++);
                    double[] wt = random(n * k, seed++); // W, n x k: B = W^T is k x n
                    double[] b = new double[k * n];
                    for (int j = 0; j < n; j++) {
                        for (int p = 0; p < k; p++) {
                            b[p * n + j] = wt[j * k + p];
                        }
                    }
                    double[] expected = contract(m, n, k, a, k, 1, b, null);
                    double[] c = new double[m * n];
                    java.util.Arrays.fill(c, Double.NaN);
                    TransposedGemm.gemm(0, m, 0, n, n, k, a, wt, c);
                    assertArrayEquals(expected, c, 0.0, m + "x" + k + "x" + n);
                    if (n >= 2 * w) { // two blocks of columns, split at a panel, as Cores splits them
                        java.util.Arrays.fill(c, Double.NaN);
                        TransposedGemm.gemm(0, m, 0, w, n, k, a, wt, c);
                        TransposedGemm.gemm(0, m, w, n, n, k, a, wt, c);
                        assertArrayEquals(expected, c, 0.0, m + "x" + k + "x" + n + " in two blocks of columns");
                    }
                }
            }
        }
    }

    @Test
    void stridedAIsTheTransposeReadInPlace() {
        int m = 9;
        int n = 26;
        int k = 11;
        double[] aT = random(k * m, 1); // stored k x m: A(i, p) = aT[p * m + i]
        double[] b = random(k * n, 2);
        double[] expected = contract(m, n, k, aT, 1, m, b, null);
        double[] vector = new double[m * n];
        VectorGemm.gemm(0, m, n, k, aT, 1, m, b, vector, null);
        assertArrayEquals(expected, vector, 0.0);
    }

    @Test
    void multiplyAddRowIsMultiplyThenAddToWithinTheLastBit() {
        Matrix x = new Matrix(11, 29, random(11 * 29, 5));
        Matrix w = new Matrix(29, 17, random(29 * 17, 6));
        Matrix b = new Matrix(1, 17, random(17, 7));
        Matrix fused = new Matrix(11, 17);
        MatrixKernels.multiplyAddRow(x, w, b, fused);
        Matrix twoPasses = new Matrix(11, 17);
        MatrixKernels.multiply(x, w, twoPasses);
        MatrixKernels.addToEachRow(twoPasses, b);
        for (int i = 0; i < fused.data().length; i++) {
            assertEquals(twoPasses.data()[i], fused.data()[i], 4 * Math.ulp(twoPasses.data()[i]) + 1e-15);
        }
    }

    @Test
    void multiplyTransBIsTransposeThenMultiplyBitForBit() {
        Matrix a = new Matrix(6, 13, random(6 * 13, 3));
        Matrix b = new Matrix(21, 13, random(21 * 13, 4));
        Matrix viaKernel = new Matrix(6, 21);
        MatrixKernels.multiplyTransB(a, b, viaKernel, new Matrix(13, 21));
        Matrix bT = new Matrix(13, 21);
        MatrixKernels.transpose(b, bT);
        Matrix viaMultiply = new Matrix(6, 21);
        MatrixKernels.multiply(a, bT, viaMultiply);
        assertArrayEquals(viaMultiply.data(), viaKernel.data(), 0.0);
        assertEquals(b.get(20, 12), bT.get(12, 20));
    }
}
