package org.backproplab.engine.matrix;

/**
 * {@code C = A W^T} without a transposed copy of W: the error sent back a layer, {@code dJ/dout_prev = delta W^T}.
 * A ({@code m x k}) and W ({@code n x k}) are row-major; {@code B = W^T} is read only while {@link VectorGemm}'s
 * panels are packed, each panel's 24 columns of B being 24 rows of W, read along their length.
 *
 * <p>Everything goes through packed panels, so there is no path that would need B's rows in memory: a last panel
 * narrower than 24 columns is the panel that ends at column j1, overlapping the one before (its columns restart
 * from 0 in the first block of k, so they are computed again, not carried on twice), and the rows after the last
 * whole row block, fewer than a block, are computed one element at a time. Each element is still one chain of
 * fused multiply-adds over p in increasing order, from 0: the bits of {@link Gemm}'s product with W^T copied.
 */
final class TransposedGemm {
    private TransposedGemm() {
    }

    /** Whether a block of this size can be computed here: at least one row block and one whole panel wide. */
    static boolean fits(int rows, int cols) {
        return Gemm.VECTOR_API && rows >= VectorGemm.ROWS && cols >= VectorGemm.PANEL_WIDTH;
    }

    /**
     * Rows {@code [i0, i1)}, columns {@code [j0, j1)} of {@code C = A W^T}, C having n columns; {@link #fits} the
     * block, and j0 is 0 or a multiple of the panel width.
     */
    static void gemm(int i0, int i1, int j0, int j1, int n, int k, double[] a, double[] w, double[] c) {
        int width = VectorGemm.PANEL_WIDTH;
        int rows = VectorGemm.ROWS;
        int wholeRows = i0 + (i1 - i0) / rows * rows;
        double[] panel = VectorGemm.PANEL.get();
        for (int j = j0; j < j1; j += width) {
            int jj = Math.min(j, j1 - width); // the last panel ends at j1, overlapping the one before
            for (int p0 = 0; p0 < k; p0 += VectorGemm.KC) {
                int p1 = Math.min(k, p0 + VectorGemm.KC);
                pack(w, k, jj, p0, p1, panel);
                for (int i = i0; i < wholeRows; i += rows) {
                    VectorGemm.rowsBy3(i, jj, n, p0, p1, a, k, 1, panel, -p0 * width, width, c, null);
                }
            }
        }
        // The last rows, fewer than a block: one chain per element, W read along its rows as the chain needs it.
        for (int i = wholeRows; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[i * k + p], w[j * k + p], s);
                }
                c[i * n + j] = s;
            }
        }
    }

    /** Rows {@code [p0, p1)} of B's columns {@code [j, j + 24)}, i.e. of W's rows j.., side by side. */
    private static void pack(double[] w, int k, int j, int p0, int p1, double[] panel) {
        int width = VectorGemm.PANEL_WIDTH;
        for (int v = 0; v < width; v++) {
            int row = (j + v) * k;
            for (int p = p0, q = v; p < p1; p++, q += width) {
                panel[q] = w[row + p];
            }
        }
    }
}
