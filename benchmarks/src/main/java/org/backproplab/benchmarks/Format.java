package org.backproplab.benchmarks;

import java.util.Locale;

/** Numbers as the CSV files and tables write them: fixed decimals, a dot whatever the locale, NaN as empty. */
final class Format {
    private Format() {
    }

    static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** About three significant digits, for the Markdown tables: 0.0812, 4.31, 187, 30300. */
    static String short3(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
