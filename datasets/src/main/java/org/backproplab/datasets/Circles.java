package org.backproplab.datasets;

import java.util.SplittableRandom;

/**
 * Two concentric circles, as scikit-learn's {@code make_circles}: {@code points / 2} points evenly spaced on the
 * unit circle (class 0), the rest on a circle of radius {@code factor} (class 1), each coordinate moved by Gaussian
 * noise of sd {@code noise}. No straight line separates them; one hidden layer of a few units does.
 */
public record Circles(int points, double noise, double factor, long seed) implements Synthetic {
    /** Rings 0.5 apart with noise of sd 0.08: a clean gap of about three sd on each side. */
    public static final double DEFAULT_NOISE = 0.08;
    public static final double DEFAULT_FACTOR = 0.5;

    public Circles {
        Checks.atLeast("circles", "points", 2, points);
        Checks.noise("circles", noise);
        if (!(factor > 0.0 && factor < 1.0)) {
            throw new IllegalArgumentException("circles: factor (inner radius) must be in (0, 1), got " + factor);
        }
    }

    /** 600 points, noise {@value #DEFAULT_NOISE}, inner radius {@value #DEFAULT_FACTOR}. */
    public static Circles standard(long seed) {
        return new Circles(600, DEFAULT_NOISE, DEFAULT_FACTOR, seed);
    }

    @Override
    public String name() {
        return "circles";
    }

    @Override
    public String description() {
        return "circles(" + points + " points, noise " + noise + ", inner radius " + factor + ", seed " + seed + ")";
    }

    @Override
    public Dataset generate() {
        SplittableRandom random = new SplittableRandom(seed);
        // scikit-learn's split: the outer circle gets the smaller half when the count is odd.
        int outer = points / 2;
        double[] x = new double[2 * points];
        int[] y = new int[points];
        for (int k = 0; k < points; k++) {
            boolean isOuter = k < outer;
            int i = isOuter ? k : k - outer;
            int count = isOuter ? outer : points - outer;
            double angle = 2 * Math.PI * i / count;
            double radius = isOuter ? 1.0 : factor;
            x[2 * k] = radius * Math.cos(angle) + noise * random.nextGaussian();
            x[2 * k + 1] = radius * Math.sin(angle) + noise * random.nextGaussian();
            y[k] = isOuter ? 0 : 1;
        }
        return new Dataset(description(), 2, x, y, 2);
    }
}
