package org.backproplab.engine.matrix;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The cores one run's matrix products may use: the calling thread and {@code count() - 1} helper threads of its
 * own, started once and kept for the run, which share each large product {@link Gemm} computes by <b>blocks of
 * output rows</b>.
 *
 * <p>Each element of C is still computed by exactly one thread, as one chain of fused multiply-adds in increasing
 * p ({@link Gemm}'s contract), so the product's bits do not depend on how many cores share it: a run gives the
 * same numbers on one core as on eight. Only the order in which the elements are written changes.
 *
 * <p>Handing a product over allocates nothing (the step stays at 0 bytes): the product's operands are written to
 * fields, a volatile generation count is raised, and each helper computes its rows and counts itself down. A
 * helper spins for a short while after its part (the next product of a step comes within microseconds) and parks
 * after that, so an idle run costs no core. {@link #ONE} has no helpers and runs every product on the caller.
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
    /** How long a helper spins for the next product before it parks: a step's products follow within this. */
    private static final long SPIN_NANOS = 50_000;

    private final Helper[] helpers;
    private volatile int generation;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;
    private volatile Throwable failure;

    // The product being shared: written by the caller before the generation is raised, read by the helpers after.
    private int m;
    private int n;
    private int k;
    private double[] a;
    private int ars;
    private int acs;
    private double[] b;
    private double[] c;
    private double[] start;
    private int parts;

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
     * {@code C = A B} as {@link Gemm#gemm}, rows of C shared between the cores in contiguous blocks, each a whole
     * number of the vector kernel's row blocks, so that no two threads ever write one element.
     */
    void gemm(int m, int n, int k, double[] a, int ars, int acs, double[] b, double[] c, double[] start) {
        int parts = helpers.length == 0 || (long) m * n * k < SPLIT_WORK ? 1 : Math.min(count(), m / Gemm.ROWS);
        if (parts <= 1) {
            Gemm.gemmRows(0, m, n, k, a, ars, acs, b, c, start);
            return;
        }
        if (closed) {
            throw new IllegalStateException("these cores were closed");
        }
        this.m = m;
        this.n = n;
        this.k = k;
        this.a = a;
        this.ars = ars;
        this.acs = acs;
        this.b = b;
        this.c = c;
        this.start = start;
        this.parts = parts;
        // Every helper counts itself down, those without rows too, so that none can miss a generation.
        pending.set(helpers.length);
        generation++; // publishes the fields above to every helper that reads the new generation
        for (Helper h : helpers) {
            h.wake();
        }
        rows(0);
        // Wait for the helpers' rows: spin, as they finish within the product's own time, then yield.
        for (long spins = 0; pending.get() != 0; spins++) {
            if (spins < 10_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("a helper thread failed in a product", t);
        }
    }

    /** Part {@code part} of the current product: rows from its block start to the next one's. */
    private void rows(int part) {
        // Whole row blocks per part, the remainder to the last: the block boundaries depend only on m and parts.
        int blocks = m / Gemm.ROWS;
        int from = blocks * part / parts * Gemm.ROWS;
        int to = part == parts - 1 ? m : blocks * (part + 1) / parts * Gemm.ROWS;
        Gemm.gemmRows(from, to, n, k, a, ars, acs, b, c, start);
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
                        rows(part);
                    } catch (Throwable t) {
                        failure = t;
                    }
                }
                pending.decrementAndGet();
            }
        }
    }
}
