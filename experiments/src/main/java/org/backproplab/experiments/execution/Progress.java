package org.backproplab.experiments.execution;

import java.io.PrintStream;

/**
 * Progress of a batch of jobs, shown the way the place it goes to can show it: in a terminal, one bar redrawn in
 * place ({@code [#######.....] 31/72 runs, 12 s elapsed, 16 s left, last: relu depth 4 seed 3}); anywhere else
 * (CI logs, a file, a test), one plain line per finished job, which a log keeps whole.
 *
 * <p>The time left is estimated from the <em>work</em> done, not the count: each job says what it costs relative to
 * the others (a run's epochs times its network's size, a gradient check's parameters squared), because a sweep or a
 * check usually leaves its largest jobs for last, and "9 s left" then 44 s more is worse than no estimate.
 * Not thread-safe: callers report under a lock (as {@link Parallel} does).
 */
public final class Progress {
    private static final int BAR = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final double totalWork;
    private final String unit;
    private int every = 1;
    private final long start = System.nanoTime();
    private int finished;
    private double workDone;

    private Progress(PrintStream out, boolean terminal, int total, double totalWork, String unit) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.totalWork = totalWork;
        this.unit = unit;
    }

    /**
     * Progress of {@code total} jobs of {@code totalWork} work in all, printed to {@code out}; a redrawn bar only when
     * {@code out} is the process's own standard output, that is an interactive console, and the environment does
     * not say CI.
     *
     * @param unit what a job is called in the bar ("runs", "cases")
     */
    public static Progress to(PrintStream out, int total, double totalWork, String unit) {
        boolean terminal = out == System.out && System.console() != null && System.getenv("CI") == null;
        return new Progress(out, terminal, total, totalWork, unit);
    }

    /**
     * This progress printing a log line only for every {@code n}-th job (and the last, and any a caller flags), for
     * batches of hundreds of quick jobs; a terminal's bar is redrawn for each.
     */
    public Progress every(int n) {
        this.every = Math.max(1, n);
        return this;
    }

    /** Progress of {@code total} runs of equal cost. */
    public static Progress to(PrintStream out, int total) {
        return to(out, total, total, "runs");
    }

    /** Reports one more job done, of cost {@code work}, described by {@code line}. */
    public void done(double work, String line) {
        done(work, line, false);
    }

    /** As {@link #done(double, String)}; {@code always}: print this line even between every n-th (a failure). */
    public void done(double work, String line, boolean always) {
        finished++;
        workDone += work;
        double elapsed = (System.nanoTime() - start) / 1e9;
        double left = workDone > 0 ? elapsed / workDone * Math.max(0, totalWork - workDone) : 0;
        if (terminal) {
            int filled = (int) Math.round(BAR * Math.min(1.0, workDone / totalWork));
            out.printf("\r[%s%s] %d/%d %s, %.0f s elapsed, %s left, last: %-40.40s", "#".repeat(filled),
                    ".".repeat(BAR - filled), finished, total, unit, elapsed, seconds(left), line);
            if (finished == total) {
                out.println();
            }
            out.flush();
        } else if (always || finished % every == 0 || finished == total) {
            out.printf("[%3d/%d] %s (%.0f s elapsed, %s left)%n", finished, total, line, elapsed, seconds(left));
        }
    }

    private static String seconds(double s) {
        return s < 100 ? String.format("%.0f s", s) : String.format("%.0f min", s / 60);
    }
}
