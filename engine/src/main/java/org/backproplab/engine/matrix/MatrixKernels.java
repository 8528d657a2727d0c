package org.backproplab.engine.matrix;

/**
 * The few matrix products back-propagation needs, as static kernels that write into an output they are given.
 *
 * <p>Each kernel checks shapes (naming them in the message, e.g. {@code "multiply: 3x4 times 5x2"}) and refuses an
 * output that aliases an input, because writing into an operand mid-product silently gives wrong numbers.
 * The products (and the bias gradient, a product with a row of ones) all go through {@link Gemm}, whose order
 * of arithmetic is fixed (one chain of fused multiply-adds per element), so a computation gives the same bits on
 * every run, every thread count and every machine, with or without the Vector API.
 */
public final class MatrixKernels {
    private MatrixKernels() {
    }

    /** {@code c = a b}. Forward pass: {@code net = out_prev W}. */
    public static void multiply(Matrix a, Matrix b, Matrix c) {
        multiply(a, b, c, Cores.ONE);
    }

    /** {@link #multiply(Matrix, Matrix, Matrix)} on {@code cores}, with the same bits. */
    public static void multiply(Matrix a, Matrix b, Matrix c, Cores cores) {
        if (a.cols() != b.rows() || c.rows() != a.rows() || c.cols() != b.cols()) {
            throw new IllegalArgumentException(
                    "multiply: " + a.shape() + " times " + b.shape() + " into " + c.shape());
        }
        requireDistinct("multiply", c, a, b);
        int k = a.cols();
        cores.gemm(a.rows(), b.cols(), k, a.data(), k, 1, b.data(), c.data(), null);
    }

    /**
     * {@code net = x w + b}, b added to every row. Forward pass: the slides' {@code net = w1 i1 + w2 i2 + b1} for
     * a whole batch. Each element's chain of multiply-adds starts from its bias, so the bias costs no pass of its
     * own ({@link #multiply} then {@link #addToEachRow} agrees to within rounding in the last bit).
     */
    public static void multiplyAddRow(Matrix x, Matrix w, Matrix b, Matrix net) {
        multiplyAddRow(x, w, b, net, Cores.ONE);
    }

    /** {@link #multiplyAddRow(Matrix, Matrix, Matrix, Matrix)} on {@code cores}, with the same bits. */
    public static void multiplyAddRow(Matrix x, Matrix w, Matrix b, Matrix net, Cores cores) {
        if (x.cols() != w.rows() || net.rows() != x.rows() || net.cols() != w.cols() || b.rows() != 1
                || b.cols() != w.cols()) {
            throw new IllegalArgumentException("multiplyAddRow: " + x.shape() + " times " + w.shape() + " plus "
                    + b.shape() + " into " + net.shape());
        }
        requireDistinct("multiplyAddRow", net, x, w);
        requireDistinct("multiplyAddRow", net, b);
        int k = x.cols();
        cores.gemm(x.rows(), w.cols(), k, x.data(), k, 1, w.data(), net.data(), b.data());
    }

    /** {@code c = a^T b}. Weight gradient: {@code dJ/dW = out_prev^T delta}, summed over the batch's rows. */
    public static void multiplyTransA(Matrix a, Matrix b, Matrix c) {
        multiplyTransA(a, b, c, Cores.ONE);
    }

    /** {@link #multiplyTransA(Matrix, Matrix, Matrix)} on {@code cores}, with the same bits. */
    public static void multiplyTransA(Matrix a, Matrix b, Matrix c, Cores cores) {
        if (a.rows() != b.rows() || c.rows() != a.cols() || c.cols() != b.cols()) {
            throw new IllegalArgumentException(
                    "multiplyTransA: " + a.shape() + "^T times " + b.shape() + " into " + c.shape());
        }
        requireDistinct("multiplyTransA", c, a, b);
        // a^T read in place: its element (p, i) is a[i, p], so its row stride is 1 and its column stride a.cols().
        cores.gemm(a.cols(), b.cols(), a.rows(), a.data(), 1, a.cols(), b.data(), c.data(), null);
    }

    /**
     * {@code c = a b^T}. Error sent back a layer: {@code dJ/dout_prev = delta W^T}.
     *
     * <p>Where the product has a row block and a panel of columns at least (a batch of 8 rows and 24 outputs with
     * AVX-512), b's rows are packed straight into the vector kernel's panels ({@code TransposedGemm}). Otherwise b is
     * first transposed into {@code bTransposed} ({@code b.cols() x b.rows()}), which the caller owns so that a
     * training step allocates nothing: a product with b's rows as its columns reads b across rows, which no vector
     * kernel does well, and the copy costs one pass over b against the product's {@code a.rows()}.
     */
    public static void multiplyTransB(Matrix a, Matrix b, Matrix c, Matrix bTransposed) {
        multiplyTransB(a, b, c, bTransposed, Cores.ONE);
    }

    /** {@link #multiplyTransB(Matrix, Matrix, Matrix, Matrix)} on {@code cores}, with the same bits. */
    public static void multiplyTransB(Matrix a, Matrix b, Matrix c, Matrix bTransposed, Cores cores) {
        if (a.cols() != b.cols() || c.rows() != a.rows() || c.cols() != b.rows()) {
            throw new IllegalArgumentException(
                    "multiplyTransB: " + a.shape() + " times " + b.shape() + "^T into " + c.shape());
        }
        requireDistinct("multiplyTransB", c, a, b);
        if (TransposedGemm.fits(a.rows(), b.rows())) {
            // b's rows packed straight into the kernel's panels: no copy of b^T (the same bits)
            cores.gemmTransposedB(a.rows(), b.rows(), a.cols(), a.data(), b.data(), c.data());
            return;
        }
        requireDistinct("multiplyTransB", bTransposed, a, c);
        transpose(b, bTransposed, cores);
        multiply(a, bTransposed, c, cores);
    }

    /** {@link #multiplyTransB(Matrix, Matrix, Matrix, Matrix)} with a transpose buffer of its own (allocates). */
    public static void multiplyTransB(Matrix a, Matrix b, Matrix c) {
        multiplyTransB(a, b, c, new Matrix(b.cols(), b.rows()));
    }

    /** {@code t = a^T}. */
    public static void transpose(Matrix a, Matrix t) {
        if (t.rows() != a.cols() || t.cols() != a.rows()) {
            throw new IllegalArgumentException("transpose: " + a.shape() + " into " + t.shape());
        }
        requireDistinct("transpose", t, a);
        transposeRows(a, t, 0, a.rows());
    }

    /** {@link #transpose(Matrix, Matrix)} on {@code cores}: rows of {@code a} in blocks, each thread its own. */
    static void transpose(Matrix a, Matrix t, Cores cores) {
        if (t.rows() != a.cols() || t.cols() != a.rows()) {
            throw new IllegalArgumentException("transpose: " + a.shape() + " into " + t.shape());
        }
        requireDistinct("transpose", t, a);
        cores.transpose(a, t);
    }

    /** Rows {@code [r0, r1)} of a into the same columns of t ({@code r0} a multiple of 8, or 0). */
    static void transposeRows(Matrix a, Matrix t, int r0, int r1) {
        int rows = a.rows();
        int cols = a.cols();
        double[] ad = a.data();
        double[] td = t.data();
        // Eight rows of a at a time: each row of t then receives eight neighbouring values, a whole cache line,
        // while the eight rows of a are read in step. (Measured 2-3x faster than square tiles; on 512 x 512, whose
        // columns are 4 kB apart, square tiles of 16 thrashed the cache.)
        int r = r0;
        for (; r + 8 <= r1; r += 8) {
            for (int c = 0; c < cols; c++) {
                int s = r * cols + c;
                int d = c * rows + r;
                td[d] = ad[s];
                td[d + 1] = ad[s + cols];
                td[d + 2] = ad[s + 2 * cols];
                td[d + 3] = ad[s + 3 * cols];
                td[d + 4] = ad[s + 4 * cols];
                td[d + 5] = ad[s + 5 * cols];
                td[d + 6] = ad[s + 6 * cols];
                td[d + 7] = ad[s + 7 * cols];
            }
        }
        for (; r < r1; r++) {
            for (int c = 0; c < cols; c++) {
                td[c * rows + r] = ad[r * cols + c];
            }
        }
    }

    /** Whether the products run on the Vector API: false in a JVM started without its module (about 10x slower). */
    public static boolean vectorized() {
        return Gemm.VECTOR_API;
    }

    /** Which matrix-product implementation this JVM runs (the Vector API's or the scalar one), in words. */
    public static String implementation() {
        return Gemm.implementation();
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

    /**
     * {@code c = a + b}, element by element ({@code c} may be {@code a} or {@code b}): a residual connection's
     * {@code out(l) = f(net(l)) + out(l-k)}, and its backward pass's {@code dJ/dout(l-k) += dJ/dout(l)}.
     */
    public static void add(Matrix a, Matrix b, Matrix c) {
        if (a.rows() != b.rows() || a.cols() != b.cols() || c.rows() != a.rows() || c.cols() != a.cols()) {
            throw new IllegalArgumentException("add: " + a.shape() + " + " + b.shape() + " into " + c.shape());
        }
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        for (int i = 0; i < cd.length; i++) {
            cd[i] = ad[i] + bd[i];
        }
    }

    /** {@code sums[0, j] = sum_i m[i, j]}. Bias gradient: {@code dJ/db = delta} summed over the batch's rows. */
    public static void sumRows(Matrix m, Matrix sums) {
        if (sums.rows() != 1 || sums.cols() != m.cols()) {
            throw new IllegalArgumentException("sumRows: " + m.shape() + " into " + sums.shape());
        }
        requireDistinct("sumRows", sums, m);
        // The plain running sum over the rows, a vector of columns at a time where the Vector API is there.
        Gemm.sumRows(m.rows(), m.cols(), m.data(), sums.data());
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
