package org.backproplab.engine.matrix;

/**
 * {@link Gemm}'s product one element at a time with {@link Math#fma}: the fallback when the Vector API is absent,
 * and, when it is present, the products too small for one vector block (fewer rows than a block, or narrower than
 * a vector: a batch of one, 2-8-1's output layer). The loops run i-p-j, so that B and C are read along their
 * rows, but each element still receives its multiply-adds in increasing p.
 */
final class ScalarGemm {
    private ScalarGemm() {
    }

    /** Rows {@code [i0, i1)} and columns {@code [j0, j1)} of {@code C = A B}, C having {@code n} columns. */
    static void block(int i0, int i1, int j0, int j1, int n, int k,
                      double[] a, int aRowStride, int aColStride, double[] b, double[] c, double[] start) {
        for (int i = i0; i < i1; i++) {
            int ci = i * n;
            for (int j = j0; j < j1; j++) {
                c[ci + j] = start == null ? 0.0 : start[j];
            }
            for (int p = 0; p < k; p++) {
                double aip = a[i * aRowStride + p * aColStride];
                int bp = p * n;
                for (int j = j0; j < j1; j++) {
                    c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
                }
            }
        }
    }
}
