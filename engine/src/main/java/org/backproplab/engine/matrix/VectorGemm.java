package org.backproplab.engine.matrix;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gemm}'s product on the JDK's Vector API: a register-blocked kernel, the way BLAS libraries write theirs.
 *
 * <p>C is cut into blocks of 8 rows by {@code 3 x LANES} columns (LANES = 8 doubles with AVX-512; with AVX2, 4
 * doubles and blocks of 4 rows, see {@link #ROWS}), held in 24 vector registers for the whole inner loop: every
 * step of p loads three vectors of B's row p, broadcasts A's eight elements of column p, and does 24 vector
 * fused multiply-adds. Each value loaded
 * feeds three or eight multiply-adds instead of one, and C is written once, not k times: that is the difference
 * from the plain i-p-j loop, which the JIT leaves scalar and which spends its time loading and storing C.
 * (Measured on the benchmark shapes: 8 x 3 vectors ran at 90-95 GFLOP/s where 4 x 3 ran at 62-72; 24
 * accumulators, three B vectors and a broadcast still fit AVX-512's 32 registers.)
 *
 * <p>Columns left over go through blocks one vector wide, the last of them ending at column n even if it overlaps
 * the one before; rows left over, through a block that ends at row m. A product with fewer than ROWS rows or
 * fewer than LANES columns goes through the scalar kernel. One vector shape
 * throughout, on purpose: with a narrower one for the edges, the JIT, which profiles the Vector API's own methods
 * once for all their callers, stopped keeping the vectors in registers and allocated them on the heap, hundreds
 * of bytes per block.
 *
 * <p><b>Allocation.</b> The vectors must stay in registers, which C2 does only where it has inlined every Vector
 * API call and knows each vector's exact class. Two things measured here broke that, each in some JIT compilations
 * only (the allocation checks of TrainerTest and EngineAllocationTest caught them, at 96 bytes per vector): a
 * second, narrower vector shape for the edges, and small methods for one-row blocks, which C2 inlined deep into
 * a training loop and then left some Vector API calls as real calls. So there is one vector shape; every method
 * holding vectors is too big for C2 to inline (over its 325-byte {@code FreqInlineSize}: {@code VectorGemmTest}
 * checks it) and so is compiled on its own; no vector is passed to or returned from a method of ours; and the
 * products too small for one block go to the scalar kernel.
 *
 * <p>Each lane of each accumulator is one element's chain of multiply-adds in increasing p, as {@link Gemm}
 * requires, so the result is bit for bit the scalar kernel's.
 */
final class VectorGemm {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /**
     * Rows per block: 8 where vectors are 512 bits (AVX-512 has 32 vector registers: 24 accumulators fit), else 4
     * (AVX2 has 16: 8 rows spilled to memory and ran at 35 GFLOP/s where 4 rows ran at 62, measured here with
     * {@code -XX:UseAVX=2}).
     */
    static final int ROWS = SPECIES.vectorBitSize() >= 512 ? 8 : 4;
    /** Columns of a packed panel of B: one block's three vectors. */
    static final int PANEL_WIDTH = 3 * LANES;
    /**
     * Rows of B per packed panel: 128 x 24 doubles are 24 KB with AVX-512, half of this machine's 48 KB L1, the
     * rest left for A's rows and C's.
     */
    static final int KC = 128;
    /**
     * Products with fewer rows than this are not packed: the copy of a panel is paid back by the row blocks that
     * read it from L1, and a few blocks do not pay for it.
     */
    private static final int PACK_ROWS = 4 * ROWS;
    /** Each thread's panel, made once: a product on the cores of a run packs in every thread that shares it. */
    static final ThreadLocal<double[]> PANEL = ThreadLocal.withInitial(() -> new double[KC * PANEL_WIDTH]);

    private VectorGemm() {
    }

    static int lanes() {
        return LANES;
    }

    static String description() {
        return "Vector API, " + LANES + " doubles per vector (" + SPECIES.vectorBitSize() + "-bit), "
                + ROWS + " x " + 3 * LANES + " register blocks";
    }

    static int rows() {
        return ROWS;
    }

    static int panelWidth() {
        return PANEL_WIDTH;
    }

    /** Rows {@code [i0, i1)} of {@code C = A B} (C has n columns), the whole product when {@code i0 = 0, i1 = m}. */
    static void gemm(int i0, int i1, int n, int k, double[] a, int ars, int acs, double[] b, double[] c,
                     double[] start) {
        gemm(i0, i1, 0, n, n, k, a, ars, acs, b, c, start);
    }

    /**
     * Rows {@code [i0, i1)} and columns {@code [j0, j1)} of {@code C = A B}, C and B having n columns. A block of
     * columns written by one thread is at least a vector wide, so that its last, overlapping vector stays inside
     * it; it may start at any column (Cores cuts at vectors), the chains being the same from any start.
     */
    static void gemm(int i0, int i1, int j0, int j1, int n, int k, double[] a, int ars, int acs, double[] b,
                     double[] c, double[] start) {
        if (i1 - i0 < ROWS || j1 - j0 < LANES) {
            // Too small for one block (a batch of one, XOR's four points, a 2-unit output layer): scalar. A vector
            // path for them held its vectors on the heap in some JIT compilations (see the class comment), and
            // they are a vanishing share of any step's work.
            ScalarGemm.block(i0, i1, j0, j1, n, k, a, ars, acs, b, c, start);
            return;
        }
        int j = j0;
        boolean packed = i1 - i0 >= PACK_ROWS;
        for (; j + 3 * LANES <= j1; j += 3 * LANES) {
            int i = i0;
            if (packed) {
                // Goto's method: KC rows of this panel of B packed side by side, 24 KB that stays in L1 while every
                // row block passes over it, each block's accumulators carried through C from one KC to the next.
                double[] panel = PANEL.get();
                for (int p0 = 0; p0 < k; p0 += KC) {
                    int p1 = Math.min(k, p0 + KC);
                    pack(b, n, j, p0, p1, panel);
                    for (i = i0; i + ROWS <= i1; i += ROWS) {
                        rowsBy3(i, j, n, p0, p1, a, ars, acs, panel, -p0 * PANEL_WIDTH, PANEL_WIDTH, c, start);
                    }
                }
            } else {
                for (; i + ROWS <= i1; i += ROWS) {
                    rowsBy3(i, j, n, 0, k, a, ars, acs, b, j, n, c, start);
                }
            }
            if (i < i1) {
                // The last rows, overlapping: see below. Over the whole of k, from B itself, so that the rows it
                // shares with the block before are computed again from the start, not carried on a second time.
                rowsBy3(i1 - ROWS, j, n, 0, k, a, ars, acs, b, j, n, c, start);
            }
        }
        for (; j + LANES <= j1; j += LANES) {
            columns(j, i0, i1, n, k, a, ars, acs, b, c, start);
        }
        if (j < j1) {
            // The last columns, fewer than a vector: one more vector that ends at column n. It computes some
            // columns again, which is harmless: the same chains of multiply-adds give the same bits. The last
            // rows, fewer than ROWS, are done the same way, by a block that ends at row i1 (never before i0, so a
            // thread given rows [i0, i1) writes no other thread's rows, nor, ending at j1, their columns).
            columns(j1 - LANES, i0, i1, n, k, a, ars, acs, b, c, start);
        }
    }

    /**
     * {@code sums[j] = 0 + x[0, j] + x[1, j] + ...}, the rows of an m x n matrix added in order: the bias gradient.
     * The same sums, bit for bit, as the product {@code 1^T x} that the scalar kernel computes ({@code fma(1, v, s)}
     * is exactly {@code s + v}), but three vectors of columns at a time, then one, the last one ending at column
     * n. (Written out in full, it is also too big to inline: see the class comment.) Needs n >= LANES.
     */
    static void sumRows(int m, int n, double[] x, double[] sums) {
        int j = 0;
        for (; j + 3 * LANES <= n; j += 3 * LANES) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            for (int i = 0; i < m; i++) {
                int xi = i * n + j;
                s0 = s0.add(DoubleVector.fromArray(SPECIES, x, xi));
                s1 = s1.add(DoubleVector.fromArray(SPECIES, x, xi + LANES));
                s2 = s2.add(DoubleVector.fromArray(SPECIES, x, xi + 2 * LANES));
            }
            s0.intoArray(sums, j);
            s1.intoArray(sums, j + LANES);
            s2.intoArray(sums, j + 2 * LANES);
        }
        while (j < n) {
            int jj = Math.min(j, n - LANES); // the last vector ends at column n, overlapping the one before
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            int i = 0;
            for (; i + 4 <= m; i += 4) { // four rows per step, still added one after the other
                int xi = i * n + jj;
                s0 = s0.add(DoubleVector.fromArray(SPECIES, x, xi))
                        .add(DoubleVector.fromArray(SPECIES, x, xi + n))
                        .add(DoubleVector.fromArray(SPECIES, x, xi + 2 * n))
                        .add(DoubleVector.fromArray(SPECIES, x, xi + 3 * n));
            }
            for (; i < m; i++) {
                s0 = s0.add(DoubleVector.fromArray(SPECIES, x, i * n + jj));
            }
            s0.intoArray(sums, jj);
            j = jj + LANES;
        }
    }

    /**
     * ROWS rows from row i by 3 vectors from column j, over inner indices {@code [p0, p1)}: row p of B's panel is
     * read at {@code b[bOffset + p * bStride]} (B itself: {@code j} and {@code n}; a packed panel: its own). From
     * p0 = 0 the chains start at the start row or 0; after it they go on from the values C holds.
     */
    static void rowsBy3(int i, int j, int n, int p0, int p1, double[] a, int ars, int acs, double[] b,
                                int bOffset, int bStride, double[] c, double[] start) {
        if (ROWS == 8) {
            block8x3(i, j, n, p0, p1, a, ars, acs, b, bOffset, bStride, c, start);
        } else {
            block4x3(i, j, n, p0, p1, a, ars, acs, b, bOffset, bStride, c, start);
        }
    }

    /** Rows {@code [p0, p1)} of B's columns {@code [j, j + 3 LANES)}, side by side in {@code panel}. */
    private static void pack(double[] b, int n, int j, int p0, int p1, double[] panel) {
        for (int p = p0, q = 0; p < p1; p++, q += PANEL_WIDTH) {
            System.arraycopy(b, p * n + j, panel, q, PANEL_WIDTH);
        }
    }

    /** ROWS rows from row i by 1 vector from column j. */
    private static void rowsBy1(int i, int j, int n, int k, double[] a, int ars, int acs, double[] b, double[] c,
                                double[] start) {
        if (ROWS == 8) {
            block8x1(i, j, n, k, a, ars, acs, b, c, start);
        } else {
            block4x1(i, j, n, k, a, ars, acs, b, c, start);
        }
    }

    /** Columns {@code [j, j + LANES)} of rows {@code [i0, i1)} ({@code i1 - i0 >= ROWS}). */
    private static void columns(int j, int i0, int i1, int n, int k, double[] a, int ars, int acs, double[] b,
                                double[] c, double[] start) {
        int i = i0;
        for (; i + ROWS <= i1; i += ROWS) {
            rowsBy1(i, j, n, k, a, ars, acs, b, c, start);
        }
        if (i < i1) {
            rowsBy1(i1 - ROWS, j, n, k, a, ars, acs, b, c, start);
        }
    }

    /** Rows {@code [i, i + 8)}, columns {@code [j, j + 3 LANES)}: 24 accumulators, 3 loads and 8 broadcasts per p. */
    private static void block8x3(int i, int j, int n, int p0, int p1, double[] a, int ars, int acs, double[] b,
                                 int bOffset, int bStride, double[] c, double[] start) {
        DoubleVector c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32, c40, c41, c42, c50, c51, c52, c60, c61, c62, c70, c71, c72;
        if (p0 == 0) {
            DoubleVector zero = DoubleVector.zero(SPECIES);
            DoubleVector s0 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j);
            DoubleVector s1 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j + LANES);
            DoubleVector s2 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j + 2 * LANES);
            c00 = s0; c01 = s1; c02 = s2;
            c10 = s0; c11 = s1; c12 = s2;
            c20 = s0; c21 = s1; c22 = s2;
            c30 = s0; c31 = s1; c32 = s2;
            c40 = s0; c41 = s1; c42 = s2;
            c50 = s0; c51 = s1; c52 = s2;
            c60 = s0; c61 = s1; c62 = s2;
            c70 = s0; c71 = s1; c72 = s2;
        } else {
            // a later KC block of a packed product: the chains go on from what the last one left in C
            int ci = i * n + j;
            c00 = DoubleVector.fromArray(SPECIES, c, ci);
            c01 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c02 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c10 = DoubleVector.fromArray(SPECIES, c, ci);
            c11 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c12 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c20 = DoubleVector.fromArray(SPECIES, c, ci);
            c21 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c22 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c30 = DoubleVector.fromArray(SPECIES, c, ci);
            c31 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c32 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c40 = DoubleVector.fromArray(SPECIES, c, ci);
            c41 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c42 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c50 = DoubleVector.fromArray(SPECIES, c, ci);
            c51 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c52 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c60 = DoubleVector.fromArray(SPECIES, c, ci);
            c61 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c62 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c70 = DoubleVector.fromArray(SPECIES, c, ci);
            c71 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c72 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
        }
        int ai = i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOffset + p * bStride;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES);
            int ap = ai + p * acs;
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[ap]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c02 = x0.fma(b2, c02);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[ap + ars]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c12 = x1.fma(b2, c12);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c22 = x2.fma(b2, c22);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            c32 = x3.fma(b2, c32);
            DoubleVector x4 = DoubleVector.broadcast(SPECIES, a[ap + 4 * ars]);
            c40 = x4.fma(b0, c40);
            c41 = x4.fma(b1, c41);
            c42 = x4.fma(b2, c42);
            DoubleVector x5 = DoubleVector.broadcast(SPECIES, a[ap + 5 * ars]);
            c50 = x5.fma(b0, c50);
            c51 = x5.fma(b1, c51);
            c52 = x5.fma(b2, c52);
            DoubleVector x6 = DoubleVector.broadcast(SPECIES, a[ap + 6 * ars]);
            c60 = x6.fma(b0, c60);
            c61 = x6.fma(b1, c61);
            c62 = x6.fma(b2, c62);
            DoubleVector x7 = DoubleVector.broadcast(SPECIES, a[ap + 7 * ars]);
            c70 = x7.fma(b0, c70);
            c71 = x7.fma(b1, c71);
            c72 = x7.fma(b2, c72);
        }
        int ci = i * n + j;
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + LANES);
        c02.intoArray(c, ci + 2 * LANES);
        ci += n;
        c10.intoArray(c, ci);
        c11.intoArray(c, ci + LANES);
        c12.intoArray(c, ci + 2 * LANES);
        ci += n;
        c20.intoArray(c, ci);
        c21.intoArray(c, ci + LANES);
        c22.intoArray(c, ci + 2 * LANES);
        ci += n;
        c30.intoArray(c, ci);
        c31.intoArray(c, ci + LANES);
        c32.intoArray(c, ci + 2 * LANES);
        ci += n;
        c40.intoArray(c, ci);
        c41.intoArray(c, ci + LANES);
        c42.intoArray(c, ci + 2 * LANES);
        ci += n;
        c50.intoArray(c, ci);
        c51.intoArray(c, ci + LANES);
        c52.intoArray(c, ci + 2 * LANES);
        ci += n;
        c60.intoArray(c, ci);
        c61.intoArray(c, ci + LANES);
        c62.intoArray(c, ci + 2 * LANES);
        ci += n;
        c70.intoArray(c, ci);
        c71.intoArray(c, ci + LANES);
        c72.intoArray(c, ci + 2 * LANES);
    }

    /** Rows {@code [i, i + 4)}, columns {@code [j, j + 3 LANES)}: 12 accumulators, 3 loads and 4 broadcasts per p. */
    private static void block4x3(int i, int j, int n, int p0, int p1, double[] a, int ars, int acs, double[] b,
                                 int bOffset, int bStride, double[] c, double[] start) {
        DoubleVector c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32;
        if (p0 == 0) {
            DoubleVector zero = DoubleVector.zero(SPECIES);
            DoubleVector s0 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j);
            DoubleVector s1 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j + LANES);
            DoubleVector s2 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j + 2 * LANES);
            c00 = s0; c01 = s1; c02 = s2;
            c10 = s0; c11 = s1; c12 = s2;
            c20 = s0; c21 = s1; c22 = s2;
            c30 = s0; c31 = s1; c32 = s2;
        } else {
            // a later KC block of a packed product: the chains go on from what the last one left in C
            int ci = i * n + j;
            c00 = DoubleVector.fromArray(SPECIES, c, ci);
            c01 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c02 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c10 = DoubleVector.fromArray(SPECIES, c, ci);
            c11 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c12 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c20 = DoubleVector.fromArray(SPECIES, c, ci);
            c21 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c22 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
            ci += n;
            c30 = DoubleVector.fromArray(SPECIES, c, ci);
            c31 = DoubleVector.fromArray(SPECIES, c, ci + LANES);
            c32 = DoubleVector.fromArray(SPECIES, c, ci + 2 * LANES);
        }
        int ai = i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOffset + p * bStride;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES);
            int ap = ai + p * acs;
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[ap]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c02 = x0.fma(b2, c02);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[ap + ars]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c12 = x1.fma(b2, c12);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c22 = x2.fma(b2, c22);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            c32 = x3.fma(b2, c32);
        }
        int ci = i * n + j;
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + LANES);
        c02.intoArray(c, ci + 2 * LANES);
        ci += n;
        c10.intoArray(c, ci);
        c11.intoArray(c, ci + LANES);
        c12.intoArray(c, ci + 2 * LANES);
        ci += n;
        c20.intoArray(c, ci);
        c21.intoArray(c, ci + LANES);
        c22.intoArray(c, ci + 2 * LANES);
        ci += n;
        c30.intoArray(c, ci);
        c31.intoArray(c, ci + LANES);
        c32.intoArray(c, ci + 2 * LANES);
    }

    /** Rows {@code [i, i + 8)}, columns {@code [j, j + LANES)}. */
    private static void block8x1(int i, int j, int n, int k, double[] a, int ars, int acs, double[] b, double[] c,
                                 double[] start) {
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector s0 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j);
        DoubleVector c0 = s0, c1 = s0, c2 = s0, c3 = s0, c4 = s0, c5 = s0, c6 = s0, c7 = s0;
        int ai = i * ars;
        for (int p = 0; p < k; p++) {
            DoubleVector bv = DoubleVector.fromArray(SPECIES, b, p * n + j);
            int ap = ai + p * acs;
            c0 = DoubleVector.broadcast(SPECIES, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ap + ars]).fma(bv, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]).fma(bv, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]).fma(bv, c3);
            c4 = DoubleVector.broadcast(SPECIES, a[ap + 4 * ars]).fma(bv, c4);
            c5 = DoubleVector.broadcast(SPECIES, a[ap + 5 * ars]).fma(bv, c5);
            c6 = DoubleVector.broadcast(SPECIES, a[ap + 6 * ars]).fma(bv, c6);
            c7 = DoubleVector.broadcast(SPECIES, a[ap + 7 * ars]).fma(bv, c7);
        }
        int ci = i * n + j;
        c0.intoArray(c, ci);
        c1.intoArray(c, ci + n);
        c2.intoArray(c, ci + 2 * n);
        c3.intoArray(c, ci + 3 * n);
        c4.intoArray(c, ci + 4 * n);
        c5.intoArray(c, ci + 5 * n);
        c6.intoArray(c, ci + 6 * n);
        c7.intoArray(c, ci + 7 * n);
    }

    /**
     * Rows {@code [i, i + 4)}, columns {@code [j, j + LANES)}. Its loop is unrolled by two steps of p, the chains
     * unchanged: that keeps it above the JIT's inlining size (see the class comment).
     */
    private static void block4x1(int i, int j, int n, int k, double[] a, int ars, int acs, double[] b, double[] c,
                                 double[] start) {
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector s0 = start == null ? zero : DoubleVector.fromArray(SPECIES, start, j);
        DoubleVector c0 = s0, c1 = s0, c2 = s0, c3 = s0;
        int ai = i * ars;
        int p = 0;
        for (; p + 2 <= k; p += 2) {
            DoubleVector bv = DoubleVector.fromArray(SPECIES, b, p * n + j);
            int ap = ai + p * acs;
            c0 = DoubleVector.broadcast(SPECIES, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ap + ars]).fma(bv, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]).fma(bv, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]).fma(bv, c3);
            bv = DoubleVector.fromArray(SPECIES, b, (p + 1) * n + j);
            ap += acs;
            c0 = DoubleVector.broadcast(SPECIES, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ap + ars]).fma(bv, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]).fma(bv, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]).fma(bv, c3);
        }
        if (p < k) {
            DoubleVector bv = DoubleVector.fromArray(SPECIES, b, p * n + j);
            int ap = ai + p * acs;
            c0 = DoubleVector.broadcast(SPECIES, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ap + ars]).fma(bv, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]).fma(bv, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]).fma(bv, c3);
        }
        int ci = i * n + j;
        c0.intoArray(c, ci);
        c1.intoArray(c, ci + n);
        c2.intoArray(c, ci + 2 * n);
        c3.intoArray(c, ci + 3 * n);
    }
}
