package org.backproplab.reporting;

import java.util.Objects;

/**
 * One line of a chart: points {@code (x[i], y[i])} and, if {@code sd} is not null, a band {@code y[i] +/- sd[i]}
 * drawn around it (the spread across seeds). A series can also be points that are not joined: dots, for a
 * second series laid over a line it should coincide with, or crosses, for events marked on a line (runs that
 * diverged). Arrays are copied in, so the caller may reuse its buffers.
 */
public record Series(String name, double[] x, double[] y, double[] sd, Style style) {

    /** How the points are drawn. */
    public enum Style {
        LINE, DOTS, CROSSES
    }

    /** A line, with a band if {@code sd} is not null. */
    public Series(String name, double[] x, double[] y, double[] sd) {
        this(name, x, y, sd, Style.LINE);
    }

    /** Whether the points are drawn unjoined. */
    public boolean pointsOnly() {
        return style != Style.LINE;
    }

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(style, "style");
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
        if (sd != null && sd.length != y.length) {
            throw new IllegalArgumentException(name + ": " + y.length + " y values but " + sd.length + " sd values");
        }
        x = x.clone();
        y = y.clone();
        sd = sd == null ? null : sd.clone();
    }

    /** A line without a band. */
    public static Series of(String name, double[] x, double[] y) {
        return new Series(name, x, y, null);
    }

    /** Dots at the points, not joined. */
    public static Series points(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, Style.DOTS);
    }

    /** Large crosses at the points, not joined: events marked on a chart. */
    public static Series crosses(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, Style.CROSSES);
    }

    public int size() {
        return x.length;
    }

    public boolean hasBand() {
        return sd != null;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] sd() {
        return sd == null ? null : sd.clone();
    }
}
