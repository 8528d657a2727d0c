package org.backproplab.experiments.run;

import java.io.PrintStream;

/**
 * Progress of a batch of runs, shown the way the place it goes to can show it: in a terminal, one bar redrawn in
 * place ({@code [#######.....] 31/72 runs, 12 s elapsed, 16 s left, last: relu depth 4 seed 3}); anywhere else
 * (CI logs, a file, a test), one plain line per finished run, which a log keeps whole.
 */
public final class Progress {
    private static final int BAR = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();

    private Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /**
     * Progress printed to {@code out}; a redrawn bar only when {@code out} is the process's own standard output,
     * that is an interactive console, and the environment does not say CI.
     */
    public static Progress to(PrintStream out, int total) {
        boolean terminal = out == System.out && System.console() != null && System.getenv("CI") == null;
        return new Progress(out, terminal, total);
    }

    /** Reports that {@code finished} of the runs are done, the last of them described by {@code line}. */
    public void done(int finished, String line) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        double left = elapsed / finished * (total - finished);
        if (terminal) {
            int filled = (int) Math.round((double) BAR * finished / total);
            out.printf("\r[%s%s] %d/%d runs, %.0f s elapsed, %.0f s left, last: %-40.40s", "#".repeat(filled),
                    ".".repeat(BAR - filled), finished, total, elapsed, left, line);
            if (finished == total) {
                out.println();
            }
            out.flush();
        } else {
            out.printf("[%3d/%d] %s (%.0f s elapsed, %.0f s left)%n", finished, total, line, elapsed, left);
        }
    }
}
