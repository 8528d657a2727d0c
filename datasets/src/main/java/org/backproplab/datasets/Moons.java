package org.backproplab.datasets;

import java.util.SplittableRandom;

/**
 * Two interleaving half circles, as scikit-learn's {@code make_moons}: class 0 is the upper arc
 * {@code (cos t, sin t)}, class 1 the lower arc {@code (1 - cos t, 0.5 - sin t)}, t evenly spaced in [0, pi], each
 * coordinate moved by Gaussian noise of sd {@code noise} in those original units. The result is then centred on
 * (0.5, 0.25) and shrunk by 1.5, so that x spans about [-1, 1] and y about [-0.5, 0.5], where the other sets sit
 * and the same initial weights suit them. One factor for both axes keeps scikit-learn's shape and round noise.
 */
public record Moons(int points, double noise, long seed) implements Synthetic {
    /** The moons' tips reach into each other's arcs; 0.1 keeps a visible gap between them. */
    public static final double DEFAULT_NOISE = 0.1;

    public Moons {
        Checks.atLeast("moons", "points", 2, points);
        Checks.noise("moons", noise);
    }

    /** 600 points, noise {@value #DEFAULT_NOISE}. */
    public static Moons standard(long seed) {
        return new Moons(600, DEFAULT_NOISE, seed);
    }

    @Override
    public String name() {
        return "moons";
    }

    @Override
    public String description() {
        return "moons(" + points + " points, noise " + noise + ", seed " + seed + ")";
    }

    @Override
    public Dataset generate() {
        SplittableRandom random = new SplittableRandom(seed);
        // scikit-learn's split: the upper moon gets the smaller half when the count is odd.
        int upper = points / 2;
        double[] x = new double[2 * points];
        int[] y = new int[points];
        for (int k = 0; k < points; k++) {
            boolean isUpper = k < upper;
            int i = isUpper ? k : k - upper;
            int count = isUpper ? upper : points - upper;
            double t = count == 1 ? 0.0 : Math.PI * i / (count - 1);
            double px = (isUpper ? Math.cos(t) : 1.0 - Math.cos(t)) + noise * random.nextGaussian();
            double py = (isUpper ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * random.nextGaussian();
            x[2 * k] = (px - 0.5) / 1.5;
            x[2 * k + 1] = (py - 0.25) / 1.5;
            y[k] = isUpper ? 0 : 1;
        }
        return new Dataset(description(), 2, x, y, 2);
    }
}
