package org.backproplab.experiments.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics behind the reports' findings, over the seeds of a grid point: a 95% confidence interval of a mean
 * (Student's t), Welch's and the one-sample t-test, a two-sided paired t-test against a baseline measured on the
 * same seeds, and Holm's step-down correction of a family of p-values, which keeps the chance of any false
 * "significant" at 5% without Bonferroni's loss of power.
 */
public final class SeedStats {
    private SeedStats() {
    }

    /** Two-sided p of Welch's t-test (unequal variances); NaN when undefined (both samples constant, or < 2). */
    public static double welchP(double[] a, double[] b) {
        boolean constant = Arrays.stream(a).distinct().count() == 1 && Arrays.stream(b).distinct().count() == 1;
        if (a.length < 2 || b.length < 2 || constant) {
            return Double.NaN;
        }
        return new TTest().tTest(a, b);
    }

    /** Two-sided p of the one-sample t-test that the mean of {@code x} is 0; NaN with fewer than 2 values. */
    public static double oneSampleP(double[] x) {
        if (x.length < 2 || Arrays.stream(x).distinct().count() == 1) {
            return Double.NaN;
        }
        return new TTest().tTest(0.0, x);
    }

    /** "[0.951, 0.962]": the 95% interval as a table cell, or "n/a" with fewer than two values. */
    public static String ci95Text(double[] x) {
        if (x.length < 2) {
            return "n/a";
        }
        double[] ci = ci95(x);
        return String.format("[%.3f, %.3f]", ci[0], ci[1]);
    }

    /** The 95% confidence interval of the mean of {@code x}, {@code mean +/- t(0.975, n - 1) sd / sqrt(n)}. */
    public static double[] ci95(double[] x) {
        int n = x.length;
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        if (n < 2) {
            return new double[] {mean, mean};
        }
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new double[] {mean - half, mean + half};
    }

    /**
     * Two-sided p-value of the paired t-test of {@code x} against {@code baseline} (same seeds, same order); 1
     * when every difference is 0 (nothing to test), NaN with fewer than 2 pairs.
     */
    public static double pairedP(double[] x, double[] baseline) {
        if (x.length < 2) {
            return Double.NaN;
        }
        boolean allSame = true;
        for (int i = 0; i < x.length; i++) {
            allSame &= x[i] == baseline[i];
        }
        return allSame ? 1.0 : new TTest().pairedTTest(x, baseline);
    }

    /** Holm's adjusted p-values, in the order given (NaN stays NaN and is not counted). */
    public static double[] holm(double[] p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(p[a], p[b]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.size();
        double running = 0.0;
        for (int k = 0; k < m; k++) {
            int i = order.get(k);
            running = Math.max(running, Math.min(1.0, (m - k) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
