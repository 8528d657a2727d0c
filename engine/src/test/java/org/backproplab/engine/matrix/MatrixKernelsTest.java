package org.backproplab.engine.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatrixKernelsTest {
    /** A rows x cols matrix of uniform values in (-1, 1), the same for the same seed (CoresTest's too). */
    static Matrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] = r.nextDouble(-1, 1);
        }
        return m;
    }

    private static Matrix transpose(Matrix m) {
        Matrix t = new Matrix(m.cols(), m.rows());
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                t.set(c, r, m.get(r, c));
            }
        }
        return t;
    }

    /** The textbook triple loop, written independently of the kernels' loop order. */
    private static Matrix naiveProduct(Matrix a, Matrix b) {
        Matrix c = new Matrix(a.rows(), b.cols());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                double s = 0;
                for (int k = 0; k < a.cols(); k++) {
                    s += a.get(i, k) * b.get(k, j);
                }
                c.set(i, j, s);
            }
        }
        return c;
    }

    @Test
    void multiplyMatchesTheTextbookDefinition() {
        Matrix a = random(5, 3, 1);
        Matrix b = random(3, 4, 2);
        Matrix c = new Matrix(5, 4);
        c.fill(99); // stale values must be overwritten, not accumulated
        MatrixKernels.multiply(a, b, c);
        assertArrayEquals(naiveProduct(a, b).data(), c.data(), 1e-14);
    }

    @Test
    void multiplyTransAMatchesTransposeThenMultiply() {
        Matrix a = random(6, 3, 3);
        Matrix b = random(6, 2, 4);
        Matrix c = new Matrix(3, 2);
        c.fill(7);
        MatrixKernels.multiplyTransA(a, b, c);
        assertArrayEquals(naiveProduct(transpose(a), b).data(), c.data(), 1e-14);
    }

    @Test
    void multiplyTransBMatchesMultiplyByTranspose() {
        Matrix a = random(4, 5, 5);
        Matrix b = random(3, 5, 6);
        Matrix c = new Matrix(4, 3);
        MatrixKernels.multiplyTransB(a, b, c);
        assertArrayEquals(naiveProduct(a, transpose(b)).data(), c.data(), 1e-14);
    }

    @Test
    void transposeOnEveryShapeAroundItsEightRowGroups() {
        for (int rows = 1; rows <= 19; rows++) {
            for (int cols : new int[] {1, 2, 7, 8, 9, 30}) {
                Matrix a = random(rows, cols, 31L * rows + cols);
                Matrix t = new Matrix(cols, rows);
                t.fill(Double.NaN);
                MatrixKernels.transpose(a, t);
                assertArrayEquals(transpose(a).data(), t.data(), 0.0, rows + "x" + cols);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> MatrixKernels.transpose(new Matrix(2, 3), new Matrix(2, 3)));
    }

    @Test
    void sumRowsIsThePlainRunningSumBitForBit() {
        for (int rows : new int[] {1, 3, 8, 9, 32}) {
            for (int cols : new int[] {1, 5, 8, 10, 30, 100}) {
                Matrix m = random(rows, cols, 7L * rows + cols);
                double[] expected = new double[cols];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        expected[c] += m.get(r, c);
                    }
                }
                Matrix sums = new Matrix(1, cols);
                sums.fill(Double.NaN);
                MatrixKernels.sumRows(m, sums);
                assertArrayEquals(expected, sums.data(), 0.0, rows + "x" + cols);
            }
        }
    }

    @Test
    void addToEachRowAndSumRowsAreRowWise() {
        Matrix m = Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        MatrixKernels.addToEachRow(m, Matrix.row(10, 20));
        assertArrayEquals(new double[] {11, 22, 13, 24, 15, 26}, m.data());
        Matrix sums = new Matrix(1, 2);
        MatrixKernels.sumRows(m, sums);
        assertArrayEquals(new double[] {39, 72}, sums.data());
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MatrixKernels.multiply(new Matrix(3, 4), new Matrix(5, 2), new Matrix(3, 2)));
        assertEquals("multiply: 3x4 times 5x2 into 3x2", e.getMessage());
    }

    @Test
    void anOutputAliasingAnInputIsRefused() {
        Matrix a = random(3, 3, 7);
        var e = assertThrows(IllegalArgumentException.class, () -> MatrixKernels.multiply(a, random(3, 3, 8), a));
        assertEquals("multiply: the output must not alias an input", e.getMessage());
    }

    @Test
    void matrixRejectsBadDimensionsAndRaggedRows() {
        assertEquals("matrix dimensions must be >= 1, got 0x3",
                assertThrows(IllegalArgumentException.class, () -> new Matrix(0, 3)).getMessage());
        assertEquals("row 1 has 1 values, row 0 has 2", assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new double[] {1, 2}, new double[] {3})).getMessage());
    }
}
