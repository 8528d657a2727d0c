package org.backproplab.engine.matrix;

/**
 * The one product every kernel reduces to: {@code C = A B}, overwriting C, where B ({@code k x n}) and C
 * ({@code m x n}) are row-major and A ({@code m x k}) is read through strides, so that A may be a matrix or the
 * transpose of one without a copy: element (i, p) of A is {@code a[i * aRowStride + p * aColStride]}.
 *
 * <p><b>The order of the arithmetic is part of the contract.</b> Every element is one chain of fused
 * multiply-adds over the inner index in increasing order, starting from zero, or from {@code start[j]} when a
 * start row is given (the forward pass's biases: {@code net = b + out_prev W} in one pass):
 * <pre>
 *   s = start == null ? 0 : start[j];  for p = 0 .. k-1:  s = fma(A[i,p], B[p,j], s);  C[i,j] = s
 * </pre>
 * Both implementations keep it, the Vector API's one lane per element and the scalar one element by element, so
 * they give the same bits, on any vector width, in any thread, whether or not the JVM was started with the
 * Vector API. That is what keeps a run reproducible on every machine that runs it.
 */
final class Gemm {
    /** Whether this JVM has the Vector API ({@code --add-modules jdk.incubator.vector}); read once. */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** The row of ones of {@code 1^T x}, read through strides of 0. */
    private static final double[] ONE = {1.0};

    private Gemm() {
    }

    /**
     * Rows per block of the vector kernel: {@link Cores} shares a product out in whole blocks, so that no block
     * of one thread overlaps another's rows. (The scalar kernel has no blocks; 8 keeps its parts as large.)
     */
    static final int ROWS = VECTOR_API ? VectorGemm.rows() : 8;
    /** Doubles per vector: the plain kernel's columns after its last whole panel go a vector at a time. */
    static final int LANES = VECTOR_API ? VectorGemm.lanes() : 8;
    /** Columns per panel of the vector kernel: Cores shares a wide product out in whole panels (or vectors). */
    static final int COLUMNS = VECTOR_API ? VectorGemm.panelWidth() : 24;

    static void gemm(int m, int n, int k, double[] a, int aRowStride, int aColStride, double[] b, double[] c,
                     double[] start) {
        gemmRows(0, m, n, k, a, aRowStride, aColStride, b, c, start);
    }

    /** Rows {@code [i0, i1)}, columns {@code [j0, j1)} of the product (C has n columns), the rest untouched. */
    static void gemmBlock(int i0, int i1, int j0, int j1, int n, int k, double[] a, int aRowStride, int aColStride,
                          double[] b, double[] c, double[] start) {
        if (VECTOR_API) {
            VectorGemm.gemm(i0, i1, j0, j1, n, k, a, aRowStride, aColStride, b, c, start);
        } else {
            ScalarGemm.block(i0, i1, j0, j1, n, k, a, aRowStride, aColStride, b, c, start);
        }
    }

    /** Rows {@code [i0, i1)} of the product (C has n columns), its other rows untouched. */
    static void gemmRows(int i0, int i1, int n, int k, double[] a, int aRowStride, int aColStride,
                         double[] b, double[] c, double[] start) {
        if (VECTOR_API) {
            VectorGemm.gemm(i0, i1, n, k, a, aRowStride, aColStride, b, c, start);
        } else {
            ScalarGemm.block(i0, i1, 0, n, n, k, a, aRowStride, aColStride, b, c, start);
        }
    }

    /** {@code sums = 1^T x} for an m x n x: the rows added in order, which is what the product's chains do. */
    static void sumRows(int m, int n, double[] x, double[] sums) {
        if (VECTOR_API && n >= VectorGemm.lanes()) {
            VectorGemm.sumRows(m, n, x, sums);
        } else {
            ScalarGemm.block(0, 1, 0, n, n, m, ONE, 0, 0, x, sums, null);
        }
    }

    /** Which implementation runs, in words, for manifests and benchmark tables. */
    static String implementation() {
        return VECTOR_API
                ? VectorGemm.description()
                : "scalar fused multiply-adds (the JVM was started without --add-modules jdk.incubator.vector)";
    }
}
