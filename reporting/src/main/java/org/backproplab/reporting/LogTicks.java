package org.backproplab.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a base-10 log axis from {@code lower} to {@code upper} puts its ticks, and how it labels them: at most
 * {@code most} labelled ticks whatever the span, so that drawing an axis over 300 decades costs no more than over
 * two (JFreeChart's own LogAxis walks every step of its unit and, given an infinite bound, never stops).
 *
 * <p>Over two or more powers of ten the ticks are powers of ten, every one or every 2nd, 5th, 10th..., all labelled
 * 10^k; unlabelled minor ticks mark 2 to 9 times each power when every power is labelled. Over a narrower range,
 * where powers of ten would leave the axis bare, the ticks are round values (1, 2 and 5 times a power of ten, or
 * an even step such as 0.35, 0.4, 0.45) and every label is written the same plain way. One axis never mixes the two.
 */
record LogTicks(List<Double> major, List<Double> minor, boolean powers) {

    private static final int[] POWER_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    LogTicks {
        major = List.copyOf(major);
        minor = List.copyOf(minor);
    }

    static LogTicks of(double lower, double upper, int most) {
        if (!(lower > 0.0 && upper > lower && Double.isFinite(upper))) {
            throw new IllegalArgumentException("a log axis needs 0 < lower < upper < infinity, got " + lower + " to "
                    + upper);
        }
        if (most < 2) {
            throw new IllegalArgumentException("a log axis needs room for at least 2 ticks, got " + most);
        }
        int first = (int) Math.ceil(Math.log10(lower) - 1e-9);
        int last = (int) Math.floor(Math.log10(upper) + 1e-9);
        if (last > first) {
            return powersOfTen(lower, upper, first, last, most);
        }
        List<Double> round = oneTwoFive(lower, upper);
        if (round.size() >= Math.min(4, most) && round.size() <= most) {
            return new LogTicks(round, List.of(), false);
        }
        return new LogTicks(evenSteps(lower, upper, most), List.of(), false);
    }

    private static LogTicks powersOfTen(double lower, double upper, int first, int last, int most) {
        for (int step : POWER_STEPS) {
            List<Double> ticks = new ArrayList<>();
            for (int k = Math.floorDiv(first + step - 1, step) * step; k <= last; k += step) {
                ticks.add(Math.pow(10, k));
            }
            if (ticks.size() >= 2 && ticks.size() <= most) {
                return new LogTicks(ticks, step == 1 ? minorTicks(lower, upper, first - 1, last) : List.of(), true);
            }
        }
        // No step gives two ticks within the room: the first and last power, which are at least two.
        return new LogTicks(List.of(Math.pow(10, first), Math.pow(10, last)), List.of(), true);
    }

    private static List<Double> minorTicks(double lower, double upper, int first, int last) {
        List<Double> minor = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            for (int m = 2; m <= 9; m++) {
                double v = m * Math.pow(10, k);
                if (v >= lower && v <= upper) {
                    minor.add(v);
                }
            }
        }
        return minor;
    }

    private static List<Double> oneTwoFive(double lower, double upper) {
        List<Double> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lower)); k <= (int) Math.ceil(Math.log10(upper)); k++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, k);
                if (v >= lower * (1 - 1e-12) && v <= upper * (1 + 1e-12)) {
                    ticks.add(v);
                }
            }
        }
        return ticks;
    }

    /** The largest step of 1, 2 or 5 times a power of ten that puts at least 4 ticks in the range (fewer if no more fit). */
    private static List<Double> evenSteps(double lower, double upper, int most) {
        List<Double> best = List.of();
        int top = (int) Math.floor(Math.log10(upper - lower));
        // A step a tenth of the range's own power of ten already gives ten ticks: three powers down is enough.
        for (int e = top; e >= top - 2; e--) {
            for (int m : new int[] {5, 2, 1}) {
                double step = m * Math.pow(10, e);
                List<Double> ticks = new ArrayList<>();
                for (long i = (long) Math.ceil(lower / step - 1e-9); i * step <= upper * (1 + 1e-12); i++) {
                    ticks.add(i * step);
                }
                if (ticks.size() > most) {
                    return best.size() >= 2 ? best : ticks.subList(0, most);
                }
                best = ticks;
                if (ticks.size() >= Math.min(4, most)) {
                    return ticks;
                }
            }
        }
        return best;
    }

    /** The labels of the major ticks: exponents when {@link #powers}, otherwise plain values, one format for all. */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        boolean scientific = major.stream().anyMatch(v -> v < 1e-3 || v >= 1e5);
        for (double v : major) {
            out.add(powers ? Integer.toString((int) Math.round(Math.log10(v)))
                    : scientific ? scientific(v) : new SignificantDigits(3).format(v));
        }
        return out;
    }

    /** "2.5e-5": two significant digits at most, as a tick is a round value, and no padding in the exponent. */
    static String scientific(double v) {
        String text = String.format(Locale.ROOT, "%.1e", v);
        return text.replaceFirst("\\.0e", "e").replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
    }
}
