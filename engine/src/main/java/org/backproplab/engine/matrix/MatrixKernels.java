package org.backproplab.engine.matrix;

import java.util.Arrays;

/**
 * The few matrix products back-propagation needs, as static kernels that write into an output they are given.
 *
 * <p>Each kernel checks shapes (naming them in the message, e.g. {@code "multiply: 3x4 times 5x2"}) and refuses an
 * output that aliases an input, because writing into an operand mid-product silently gives wrong numbers.
 * Loops run in the order that walks the row-major arrays contiguously (i-k-j), and always in the same order, so
 * a computation gives the same bits on every run and every thread count.
 */
public final class MatrixKernels {
    private MatrixKernels() {
    }

    /** {@code c = a b}. Forward pass: {@code net = out_prev W}. */
    public static void multiply(Matrix a, Matrix b, Matrix c) {
        if (a.cols() != b.rows() || c.rows() != a.rows() || c.cols() != b.cols()) {
            throw new IllegalArgumentException(
                    "multiply: " + a.shape() + " times " + b.shape() + " into " + c.shape());
        }
        requireDistinct("multiply", c, a, b);
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            Arrays.fill(cd, ci, ci + n, 0.0);
            for (int p = 0; p < k; p++) {
                double aip = ad[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    cd[ci + j] += aip * bd[bp + j];
                }
            }
        }
    }

    /** {@code c = a^T b}. Weight gradient: {@code dJ/dW = out_prev^T delta}, summed over the batch's rows. */
    public static void multiplyTransA(Matrix a, Matrix b, Matrix c) {
        if (a.rows() != b.rows() || c.rows() != a.cols() || c.cols() != b.cols()) {
            throw new IllegalArgumentException(
                    "multiplyTransA: " + a.shape() + "^T times " + b.shape() + " into " + c.shape());
        }
        requireDistinct("multiplyTransA", c, a, b);
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        Arrays.fill(cd, 0.0);
        for (int i = 0; i < m; i++) {
            int bi = i * n;
            for (int p = 0; p < k; p++) {
                double aip = ad[i * k + p];
                int cp = p * n;
                for (int j = 0; j < n; j++) {
                    cd[cp + j] += aip * bd[bi + j];
                }
            }
        }
    }

    /** {@code c = a b^T}. Error sent back a layer: {@code dJ/dout_prev = delta W^T}. */
    public static void multiplyTransB(Matrix a, Matrix b, Matrix c) {
        if (a.cols() != b.cols() || c.rows() != a.rows() || c.cols() != b.rows()) {
            throw new IllegalArgumentException(
                    "multiplyTransB: " + a.shape() + " times " + b.shape() + "^T into " + c.shape());
        }
        requireDistinct("multiplyTransB", c, a, b);
        int m = a.rows();
        int n = a.cols();
        int k = b.rows();
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        for (int i = 0; i < m; i++) {
            int ai = i * n;
            for (int p = 0; p < k; p++) {
                int bp = p * n;
                double sum = 0.0;
                for (int j = 0; j < n; j++) {
                    sum += ad[ai + j] * bd[bp + j];
                }
                cd[i * k + p] = sum;
            }
        }
    }

    /** {@code m[i, :] += row} for every row i. Forward pass: adds the biases to every sample's {@code net}. */
    public static void addToEachRow(Matrix m, Matrix row) {
        if (row.rows() != 1 || row.cols() != m.cols()) {
            throw new IllegalArgumentException("addToEachRow: " + row.shape() + " onto the rows of " + m.shape());
        }
        double[] md = m.data();
        double[] rd = row.data();
        int n = m.cols();
        for (int i = 0, rows = m.rows(); i < rows; i++) {
            int mi = i * n;
            for (int j = 0; j < n; j++) {
                md[mi + j] += rd[j];
            }
        }
    }

    /** {@code sums[0, j] = sum_i m[i, j]}. Bias gradient: {@code dJ/db = delta} summed over the batch's rows. */
    public static void sumRows(Matrix m, Matrix sums) {
        if (sums.rows() != 1 || sums.cols() != m.cols()) {
            throw new IllegalArgumentException("sumRows: " + m.shape() + " into " + sums.shape());
        }
        requireDistinct("sumRows", sums, m);
        double[] md = m.data();
        double[] sd = sums.data();
        int n = m.cols();
        Arrays.fill(sd, 0.0);
        for (int i = 0, rows = m.rows(); i < rows; i++) {
            int mi = i * n;
            for (int j = 0; j < n; j++) {
                sd[j] += md[mi + j];
            }
        }
    }

    // Two fixed parameters, not varargs: a varargs array would be allocated on every call of a hot kernel.
    private static void requireDistinct(String kernel, Matrix output, Matrix a, Matrix b) {
        requireDistinct(kernel, output, a);
        requireDistinct(kernel, output, b);
    }

    private static void requireDistinct(String kernel, Matrix output, Matrix input) {
        if (input.data() == output.data()) {
            throw new IllegalArgumentException(kernel + ": the output must not alias an input");
        }
    }
}
