package org.backproplab.engine.matrix;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The cores one run may use: the calling thread and {@code count() - 1} helper threads of its own, started once
 * and kept for the run, which share its large pieces of work. Each large product {@link Gemm} computes is shared
 * by <b>blocks of output rows</b>, a transpose by blocks of rows, an optimizer's update by ranges of elements.
 *
 * <p>Each output element is still computed by exactly one thread, in the order one thread would compute it: a
 * product's element as one chain of fused multiply-adds in increasing p ({@link Gemm}'s contract), an update's
 * from its own gradient and state. So the bits do not depend on how many cores share the work: a run gives the
 * same numbers on one core as on eight. Only the order in which the elements are written changes.
 *
 * <p>Handing work over allocates nothing (the step stays at 0 bytes): the work is an object its owner keeps
 * ({@link Shared}) with its operands in fields, a volatile generation count is raised, and each helper computes
 * its part and counts itself down. A helper spins for a short while after its part (the next product of a step
 * comes within microseconds) and parks after that, so an idle run costs no core. {@link #ONE} has no helpers and
 * runs everything on the caller.
 *
 * <p>Not for several threads at once: one run, one thread driving it. {@link #close} stops the helpers.
 */
public final class Cores implements AutoCloseable {
    /** One core: the caller's thread alone, no helper thread. */
    public static final Cores ONE = new Cores(1);

    /**
     * A product smaller than this many multiply-adds runs on the caller alone: handing it over costs about a
     * microsecond when the helpers spin (far more when they were parked), against about 2 us for the product.
     */
    static final long SPLIT_WORK = 1L << 17;
    /** A copy (a transpose) of fewer elements than this runs on the caller alone: 64k doubles are 512 kB. */
    static final long SPLIT_COPY = 1L << 16;
    /** How long a helper spins for the next product before it parks: a step's products follow within this. */
    private static final long SPIN_NANOS = 50_000;

    private final Helper[] helpers;
    private volatile int generation;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;
    private volatile Throwable failure;
    /** The work being shared, written by the caller before the generation is raised, read by the helpers after. */
    private Shared job;
    private int parts;
    /** This set's own product job, reused for every product: a new one per product would be garbage per step. */
    private final Product product = new Product();
    private final Transposition transposition = new Transposition();

    /**
     * Work that splits into parts computed independently, each writing only its own outputs: part {@code part}
     * of {@code parts}. Whoever shares work keeps one such object and reuses it, so that sharing allocates nothing.
     */
    public interface Shared {
        void part(int part, int parts);
    }

    private Cores(int count) {
        helpers = new Helper[count - 1];
        for (int h = 0; h < helpers.length; h++) {
            helpers[h] = new Helper(h + 1);
            helpers[h].thread.start();
        }
    }

    /** {@code count} cores for one run: the caller and {@code count - 1} helper threads ({@link #ONE} for 1). */
    public static Cores of(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("cores must be >= 1, got " + count);
        }
        return count == 1 ? ONE : new Cores(count);
    }

    /** How many threads share a product: the caller and its helpers. */
    public int count() {
        return helpers.length + 1;
    }

    /**
     * Runs {@code job} in {@code parts} parts (at most {@link #count()}), part 0 on the caller, the others on
     * the helpers, and returns when all are done. One part runs on the caller alone, with no hand-over.
     */
    public void share(Shared job, int parts) {
        parts = Math.min(parts, count());
        if (parts <= 1) {
            job.part(0, 1);
            return;
        }
        if (closed) {
            throw new IllegalStateException("these cores were closed");
        }
        this.job = job;
        this.parts = parts;
        // Every helper counts itself down, those without a part too, so that none can miss a generation.
        pending.set(helpers.length);
        generation++; // publishes the fields above to every helper that reads the new generation
        for (Helper h : helpers) {
            h.wake();
        }
        try {
            job.part(0, parts);
        } finally {
            // Wait for the helpers' parts, even if the caller's failed, so that no helper is still in this work
            // when the next is handed over: spin, as they finish within the work's own time, then yield.
            for (long spins = 0; pending.get() != 0; spins++) {
                if (spins < 10_000) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            this.job = null;
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("a helper thread failed in shared work", t);
        }
    }

    /**
     * How many parts work of {@code size} elements (or multiply-adds) should be cut into, so that each part is
     * at least {@code grain} and no part waits for a core: 1 for small work, where the hand-over would cost more
     * than it saves.
     */
    public int partsFor(long size, long grain) {
        return (int) Math.max(1, Math.min(count(), size / grain));
    }

    /**
     * {@code C = A B} as {@link Gemm#gemm}, rows of C shared between the cores in contiguous blocks, each a whole
     * number of the vector kernel's row blocks, so that no two threads ever write one element.
     */
    void gemm(int m, int n, int k, double[] a, int ars, int acs, double[] b, double[] c, double[] start) {
        product(m, n, k, a, ars, acs, b, c, start, false);
    }

    /** {@code C = A W^T} by {@link TransposedGemm} (which {@link TransposedGemm#fits} the product), shared. */
    void gemmTransposedB(int m, int n, int k, double[] a, double[] w, double[] c) {
        product(m, n, k, a, k, 1, w, c, null, true);
    }

    private void product(int m, int n, int k, double[] a, int ars, int acs, double[] b, double[] c, double[] start,
                         boolean transposedB) {
        if (helpers.length == 0 || (long) m * n * k < SPLIT_WORK) {
            Product.compute(0, m, 0, n, n, k, a, ars, acs, b, c, start, transposedB);
            return;
        }
        // By panels of columns where there are enough: each thread then packs and reads only its own panels of B
        // (and all of A, which is the smaller in a training step's wide products); else by blocks of rows.
        int panels = n / Gemm.COLUMNS;
        boolean byColumns = panels >= count() || panels >= m / Gemm.ROWS;
        int parts = Math.min(count(), byColumns ? panels : m / Gemm.ROWS);
        if (parts <= 1) {
            Product.compute(0, m, 0, n, n, k, a, ars, acs, b, c, start, transposedB);
            return;
        }
        product.set(m, n, k, a, ars, acs, b, c, start, byColumns, transposedB);
        share(product, parts);
        product.set(0, 0, 0, null, 0, 0, null, null, null, false, false); // no operand kept alive by the cores
    }

    /** {@code t = a^T}, blocks of 8 rows of a per part (each part writes its own columns of t). */
    void transpose(Matrix a, Matrix t) {
        int parts = partsFor((long) a.rows() * a.cols(), SPLIT_COPY);
        if (parts <= 1) {
            MatrixKernels.transposeRows(a, t, 0, a.rows());
            return;
        }
        transposition.a = a;
        transposition.t = t;
        share(transposition, Math.min(parts, Math.max(1, a.rows() / 8)));
        transposition.a = null;
        transposition.t = null;
    }

    private static final class Transposition implements Shared {
        private Matrix a;
        private Matrix t;

        @Override
        public void part(int part, int parts) {
            int blocks = a.rows() / 8;
            int from = blocks * part / parts * 8;
            int to = part == parts - 1 ? a.rows() : blocks * (part + 1) / parts * 8;
            MatrixKernels.transposeRows(a, t, from, to);
        }
    }

    /**
     * A product's operands, and its part: whole panels of columns, or whole row blocks, per part, as evenly as
     * whole units allow ({@link #boundary}), the remainder to the last, so that every part has at least one whole
     * panel or block and no two parts write one element.
     */
    private static final class Product implements Shared {
        private int m;
        private int n;
        private int k;
        private double[] a;
        private int ars;
        private int acs;
        private double[] b;
        private double[] c;
        private double[] start;
        private boolean byColumns;
        private boolean transposedB;

        void set(int m, int n, int k, double[] a, int ars, int acs, double[] b, double[] c, double[] start,
                 boolean byColumns, boolean transposedB) {
            this.transposedB = transposedB;
            this.m = m;
            this.n = n;
            this.k = k;
            this.a = a;
            this.ars = ars;
            this.acs = acs;
            this.b = b;
            this.c = c;
            this.start = start;
            this.byColumns = byColumns;
        }

        @Override
        public void part(int part, int parts) {
            if (byColumns) {
                // The plain kernel computes the columns after its last whole panel a vector at a time, so a part
                // may end at any vector; the transposed one computes them as one more, overlapping, panel, so its
                // parts are whole panels and a last, narrower panel costs a whole one.
                int unit = transposedB ? Gemm.COLUMNS : Gemm.LANES;
                int cost = roundUp(n, unit);
                int from = boundary(part, parts, n, unit, cost);
                int to = boundary(part + 1, parts, n, unit, cost);
                compute(0, m, from, to, n, k, a, ars, acs, b, c, start, transposedB);
            } else {
                // Rows after the last whole block are computed as one more block, overlapping the one before.
                int cost = roundUp(m, Gemm.ROWS);
                int from = boundary(part, parts, m, Gemm.ROWS, cost);
                int to = boundary(part + 1, parts, m, Gemm.ROWS, cost);
                compute(from, to, 0, n, n, k, a, ars, acs, b, c, start, transposedB);
            }
        }

        /** One block of C, from B or, for {@code transposedB}, from W read as B = W^T. */
        static void compute(int i0, int i1, int j0, int j1, int n, int k, double[] a, int ars, int acs, double[] b,
                            double[] c, double[] start, boolean transposedB) {
            if (transposedB) {
                TransposedGemm.gemm(i0, i1, j0, j1, n, k, a, b, c);
            } else {
                Gemm.gemmBlock(i0, i1, j0, j1, n, k, a, ars, acs, b, c, start);
            }
        }
    }

    /**
     * Where part {@code part} of {@code parts} starts in {@code size} columns (or rows) shared out in whole units
     * (panels, row blocks), the part after the last ending at {@code size}: at the unit boundary nearest to an
     * even share of {@code cost}, the work of the whole measured in columns (or rows), every part at least one
     * unit, the units left over at the end going to the last part. Evenly, not "whole units each, the rest to the
     * last": 512 columns are 21 panels of 24 and 8 columns over, which that way go 10 panels to one thread and
     * 11 and the 8 to the other, 280 of 512 columns to one core; nearest, 264 and 248. Which thread computes an
     * element never changes its bits (each element is one chain, whoever computes it), only how long the others
     * wait.
     */
    static int boundary(int part, int parts, int size, int unit, int cost) {
        if (part == 0) {
            return 0;
        }
        if (part == parts) {
            return size;
        }
        int units = size / unit;
        long nearest = Math.round((double) cost * part / parts / unit);
        return (int) Math.max(part, Math.min(units - parts + part, nearest)) * unit;
    }

    private static int roundUp(int size, int unit) {
        return (size + unit - 1) / unit * unit;
    }

    @Override
    public void close() {
        if (this == ONE) {
            return;
        }
        closed = true;
        for (Helper h : helpers) {
            LockSupport.unpark(h.thread);
        }
    }

    /** One helper thread: waits for a new generation, computes its part, counts itself down. */
    private final class Helper implements Runnable {
        private final int part;
        private final Thread thread;
        private volatile boolean parked;

        Helper(int part) {
            this.part = part;
            this.thread = new Thread(this, "backprop-core-" + part);
            thread.setDaemon(true);
        }

        void wake() {
            if (parked) {
                LockSupport.unpark(thread);
            }
        }

        @Override
        public void run() {
            int seen = 0;
            while (!closed) {
                long spinStart = System.nanoTime();
                while (generation == seen && !closed) {
                    if (System.nanoTime() - spinStart < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        // Dekker's order: announce the park, then look again, so that a product raised between
                        // the look and the park finds parked set and unparks this thread.
                        parked = true;
                        if (generation == seen && !closed) {
                            LockSupport.park(this);
                        }
                        parked = false;
                        spinStart = System.nanoTime();
                    }
                }
                if (closed) {
                    return;
                }
                seen++; // the caller raises the next generation only after every helper has counted down this one
                if (part < parts) {
                    try {
                        job.part(part, parts);
                    } catch (Throwable t) {
                        failure = t;
                    }
                }
                pending.decrementAndGet();
            }
        }
    }
}
