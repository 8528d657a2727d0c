package org.backproplab.reporting;

import org.jfree.data.Range;

/**
 * The range a linear value axis shows, when JFreeChart's automatic one would not read. Given a series that does not
 * change (every network at chance, 0.0998), JFreeChart zooms in to a span of 1e-8 and writes twenty identical labels
 * "9.977827E-2"; given a fraction that stays near 0 (4e-5 of the units saturated), it spreads that noise over the
 * whole height. So a fraction is shown on at least a tenth of [0, 1], inside [0, 1], and any other value that
 * changes by less than a thousandth of its size is shown on a window of +/- 5% around it.
 */
final class LinearRange {
    /** The narrowest span of a fraction's axis: 0 to 0.1 for a fraction that is always 0. */
    static final double FRACTION_SPAN = 0.1;

    private LinearRange() {
    }

    /** The range for fractions from {@code min} to {@code max} (the finite values' extremes, bands included). */
    static Range forFractions(double min, double max) {
        if (!(min <= max)) {
            return new Range(0, 1);
        }
        double low = Math.max(0.0, Math.min(1.0, min));
        double high = Math.max(0.0, Math.min(1.0, max));
        if (high - low < FRACTION_SPAN) {
            double centre = (low + high) / 2;
            double from = Math.max(0.0, Math.min(1.0 - FRACTION_SPAN, centre - FRACTION_SPAN / 2));
            return new Range(from, from + FRACTION_SPAN);
        }
        double pad = 0.05 * (high - low);
        return new Range(Math.max(0.0, low - pad), Math.min(1.0, high + pad));
    }

    /** The range for values from {@code min} to {@code max}, or null if the automatic range reads well. */
    static Range forValues(double min, double max) {
        if (!(min <= max)) {
            return new Range(0, 1);
        }
        double size = Math.max(Math.abs(min), Math.abs(max));
        if (size == 0.0) {
            return new Range(-1, 1);
        }
        if (max - min >= 1e-3 * size) {
            return null;
        }
        double centre = (min + max) / 2;
        return new Range(centre - 0.05 * size, centre + 0.05 * size);
    }
}
