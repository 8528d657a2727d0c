package org.backproplab.reporting;

/**
 * The mean and sample standard deviation (n - 1 in the denominator) of a handful of numbers, typically one per
 * seed. {@code n} counts the finite values only: a run that diverged to NaN or infinity is left out of the mean
 * rather than turning it into NaN, and {@code n} smaller than the number of runs tells the reader so.
 * With no finite value both are NaN; with one, the standard deviation is 0.
 */
public record MeanSd(double mean, double sd, int n) {

    public static MeanSd of(double... values) {
        int n = 0;
        double mean = 0.0;
        double m2 = 0.0;
        // Welford's update: one pass, and no catastrophic cancellation when the spread is tiny next to the mean.
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
        if (n == 0) {
            return new MeanSd(Double.NaN, Double.NaN, 0);
        }
        return new MeanSd(mean, n == 1 ? 0.0 : Math.sqrt(m2 / (n - 1)), n);
    }
}
