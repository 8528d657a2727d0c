package org.backproplab.experiments.exercise;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Reading a study's runs.csv: each seed's value of a column after its last epoch, for a test over the seeds. */
final class Runs {
    private Runs() {
    }

    /** {@code column} after the last epoch of every seed's run among the rows {@code cell} picks, in seed order. */
    static double[] last(CsvTable runs, Predicate<CsvTable.Row> cell, String column) {
        Map<Integer, CsvTable.Row> lastBySeed = new java.util.TreeMap<>();
        for (CsvTable.Row r : runs.where(cell)) {
            CsvTable.Row seen = lastBySeed.get(r.whole("seed"));
            if (seen == null || r.whole("epoch") > seen.whole("epoch")) {
                lastBySeed.put(r.whole("seed"), r);
            }
        }
        return lastBySeed.values().stream().mapToDouble(r -> r.number(column)).toArray();
    }

    /** The rows of one grid point: every given column at its value. */
    static Predicate<CsvTable.Row> at(String... columnValue) {
        Map<String, String> want = new LinkedHashMap<>();
        for (int i = 0; i < columnValue.length; i += 2) {
            want.put(columnValue[i], columnValue[i + 1]);
        }
        return r -> want.entrySet().stream().allMatch(e -> r.is(e.getKey(), e.getValue()));
    }

    /** A p-value as a reader takes it in: two significant digits, "< 0.0001" below that. */
    static String p(double p) {
        return Double.isNaN(p) ? "n/a" : p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.2g", p);
    }

    /** "p = 0.03" or "p < 0.0001". */
    static String pIs(double p) {
        String t = p(p);
        return t.startsWith("<") ? "p " + t : "p = " + t;
    }

    static String f3(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }

    static String f2(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f", x);
    }

    /** A ratio such as 43x or 1.5x. */
    static String times(double x) {
        return Double.isNaN(x) ? "n/a" : x >= 10 ? String.format(Locale.ROOT, "%.0fx", x)
                : String.format(Locale.ROOT, "%.1fx", x);
    }
}
