package org.backproplab.reporting;

import java.util.Arrays;

/**
 * The range a log axis shows for some values. Only positive, finite values can be drawn on it; they set the range,
 * with a margin of 4% of the span in log terms at either end ({@code margin} times that when the caller wants the
 * axis to end at its data). A single value, or values all alike, get a factor of 2 either side, so the axis still
 * has ticks to read the value off.
 *
 * <p>The range spans at most {@link #MAX_DECADES}: a run that diverged can leave losses from 1e-3 to 1e300, and
 * an axis over all of that shows nothing of the part that matters. The window of that many decades holding the most
 * values is kept; {@link #leftOut} counts the values beyond it and {@link #note} says so, for the chart to print.
 *
 * @param leftOut how many positive, finite values lie outside the range because of the cap
 */
record LogRange(double lower, double upper, int leftOut, double cutBelow, double cutAbove) {

    /** The most decades one axis spans. */
    static final int MAX_DECADES = 30;

    /** The range for {@code values}, or 0.1 to 10 if none of them can be drawn on a log axis. */
    static LogRange of(double[] values, double margin) {
        return of(values, new double[0], margin);
    }

    /**
     * The range for the points {@code values} and, within the window the points choose, the band edges
     * {@code edges}; {@link #leftOut} counts points only.
     */
    static LogRange of(double[] values, double[] edges, double margin) {
        double[] logs = logs(values);
        if (logs.length == 0) {
            return new LogRange(0.1, 10.0, 0, Double.NaN, Double.NaN);
        }
        int from = 0;
        int to = logs.length - 1;
        if (logs[to] - logs[from] > MAX_DECADES) {
            // The window of MAX_DECADES with the most values in it; the lowest such window on a tie.
            int best = -1;
            for (int i = 0, j = 0; i < logs.length; i++) {
                while (j + 1 < logs.length && logs[j + 1] - logs[i] <= MAX_DECADES) {
                    j++;
                }
                if (j - i > best) {
                    best = j - i;
                    from = i;
                    to = j;
                }
            }
        }
        double low = logs[from];
        double high = logs[to];
        for (double e : logs(edges)) {
            if (e < low && high - e <= MAX_DECADES) {
                low = e;
            }
            if (e > high && e - low <= MAX_DECADES) {
                high = e;
            }
        }
        int leftOut = logs.length - (to - from + 1);
        double cutBelow = from > 0 ? Math.pow(10, logs[from]) : Double.NaN;
        double cutAbove = to < logs.length - 1 ? Math.pow(10, logs[to]) : Double.NaN;
        double pad = high - low < 1e-9 ? Math.log10(2.0) : margin * Math.max(0.04 * (high - low), Math.log10(1.05));
        return new LogRange(Math.max(Double.MIN_NORMAL, Math.pow(10, low - pad)),
                Math.min(Double.MAX_VALUE, Math.pow(10, high + pad)), leftOut, cutBelow, cutAbove);
    }

    private static double[] logs(double[] values) {
        return Arrays.stream(values).filter(v -> v > 0.0 && Double.isFinite(v)).map(Math::log10).sorted().toArray();
    }

    /** What the cap left out, in words, or "" if it left nothing out. */
    String note() {
        if (leftOut == 0) {
            return "";
        }
        String where = !Double.isNaN(cutBelow) && !Double.isNaN(cutAbove)
                ? "below " + LogTicks.scientific(cutBelow) + " or above " + LogTicks.scientific(cutAbove)
                : !Double.isNaN(cutBelow) ? "below " + LogTicks.scientific(cutBelow)
                : "above " + LogTicks.scientific(cutAbove);
        return leftOut + (leftOut == 1 ? " value " : " values ") + where + " not shown: a log axis here spans at most "
                + MAX_DECADES + " decades";
    }
}
