package org.backproplab.experiments.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics behind the reports' findings, over the seeds of a grid point: 95% confidence intervals that keep
 * inside the bounds of what they describe (an accuracy's inside [0, 1], a loss's above 0) and say when the seeds
 * are few; Student's t interval of an unbounded mean; Welch's and the one-sample t-test; a two-sided paired t-test
 * against a baseline measured on the same seeds; and Holm's step-down correction of a family of p-values, which keeps the chance of any false
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

    /** How the reports' accuracy intervals are made, in a sentence for the reader. */
    public static final String INTERVALS = "The 95% intervals of test accuracy cover the spread over seeds "
            + "(Student's t) and the sampling error of the finite test set, computed on the logit scale so that they "
            + "stay inside [0, 1].";

    /** Fewer seeds than this and a report says its intervals and tests are rough. */
    public static final int FEW_SEEDS = 5;

    /**
     * The 95% interval of a mean test accuracy over seeds, inside [0, 1] whatever the seeds: computed on the logit
     * scale, from two sources of error, then mapped back.
     * <ul>
     *   <li>the spread over seeds: Student's t with k - 1 degrees of freedom, so that 2 or 3 seeds give the wide
     *       interval they deserve instead of a narrow one;</li>
     *   <li>the test set's own sampling error, 1 / (n p (1 - p)) on the logit scale for n test items, shared by all
     *       seeds (they are measured on the same items), so it does not shrink with more seeds; it is what keeps
     *       seeds that all score 0.0998 from getting a zero-width interval, and it is the whole interval of a
     *       single seed.</li>
     * </ul>
     * Each accuracy is taken as a count of correct items, with half a count added on each side (so that 0 and 1
     * have finite logits); the degrees of freedom of the sum are Welch-Satterthwaite's. With fewer than
     * {@link #FEW_SEEDS} seeds the interval is rough and reports say so ({@link #fewSeedsNote}).
     *
     * @param testItems the size of the test set each accuracy was measured on (> 0)
     * @return {low, high}; NaN, NaN for no seeds
     */
    public static double[] accuracyCi95(double[] accuracies, int testItems) {
        int k = accuracies.length;
        if (k == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (testItems < 1) {
            throw new IllegalArgumentException("testItems must be >= 1, got " + testItems);
        }
        double n = testItems;
        double[] logits = new double[k];
        double correct = 0;
        for (int i = 0; i < k; i++) {
            double c = Math.rint(Math.max(0, Math.min(1, accuracies[i])) * n);
            correct += c;
            logits[i] = Math.log((c + 0.5) / (n - c + 0.5));
        }
        double center = Arrays.stream(logits).average().orElseThrow();
        double p = (correct / k + 0.5) / (n + 1);
        double test = 1 / (n * p * (1 - p));
        double seeds = 0;
        double df = Double.POSITIVE_INFINITY;
        if (k > 1) {
            double ss = 0;
            for (double l : logits) {
                ss += (l - center) * (l - center);
            }
            seeds = ss / (k - 1) / k;
            if (seeds > 0) {
                df = (seeds + test) * (seeds + test) / (seeds * seeds / (k - 1));
            }
        }
        double z = Double.isInfinite(df) || df > 1e6 ? 1.959963984540054
                : new TDistribution(df).inverseCumulativeProbability(0.975);
        double half = z * Math.sqrt(seeds + test);
        // The half count that gives 0 and 1 finite logits also pulls the interval off them: every seed right on every
        // item must still have 1 inside its interval (as Wilson's has).
        double mean = Arrays.stream(accuracies).average().orElseThrow();
        return new double[] {Math.min(mean, expit(center - half)), Math.max(mean, expit(center + half))};
    }

    /** "[0.931, 0.978]": {@link #accuracyCi95} as a table cell. */
    public static String accuracyCi95Text(double[] accuracies, int testItems) {
        if (accuracies.length == 0) {
            return "n/a";
        }
        double[] ci = accuracyCi95(accuracies, testItems);
        return String.format("[%.3f, %.3f]", ci[0], ci[1]);
    }

    /**
     * The 95% interval of the geometric mean of positive values (losses, epoch counts): Student's t on their
     * logarithms, mapped back, so it stays above 0 where a t-interval of the plain mean of 3 seeds can reach
     * below it. Non-positive or non-finite values are left out; NaN, NaN if fewer than 2 remain.
     */
    public static double[] positiveCi95(double[] values) {
        double[] logs = Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).map(Math::log).toArray();
        if (logs.length < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] ci = ci95(logs);
        return new double[] {Math.exp(ci[0]), Math.exp(ci[1])};
    }

    /**
     * What a report says of its intervals and tests when they rest on {@code seeds} seeds: nothing from
     * {@link #FEW_SEEDS} on; below, that they are rough and what that means for reading them.
     */
    public static String fewSeedsNote(int seeds) {
        if (seeds >= FEW_SEEDS) {
            return "";
        }
        if (seeds == 1) {
            return "One seed: its interval covers only the test set's sampling error, not how much another seed "
                    + "would change the result, and no difference between settings is tested.";
        }
        return seeds + " seeds are few: the intervals rest on " + (seeds - 1) + " degree" + (seeds == 2 ? "" : "s")
                + " of freedom and are rough, and a difference smaller than their width is not shown by this run "
                + "(-Dseeds=" + FEW_SEEDS + " or more to tell).";
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
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
