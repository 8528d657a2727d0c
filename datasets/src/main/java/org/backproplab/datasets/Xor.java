package org.backproplab.datasets;

import java.util.SplittableRandom;

/**
 * XOR as a cloud: {@code pointsPerQuadrant} Gaussian points of sd {@code noise} around each corner
 * (+-0.5, +-0.5), labelled 1 where the signs of the point's two coordinates differ. The label follows the point,
 * not the corner it was drawn around, so the true boundary is exactly the two axes even when a point strays
 * across one. The classic set no network without a hidden layer can learn.
 *
 * <p>{@link #truthTable()} gives the four exact rows of the seeds' XOR example.
 */
public record Xor(int pointsPerQuadrant, double noise, long seed) implements Synthetic {
    /** Corners 0.5 from each axis, sd 0.15: about one point in 1,000 strays across an axis. */
    public static final double DEFAULT_NOISE = 0.15;

    public Xor {
        Checks.atLeast("xor", "points per quadrant", 1, pointsPerQuadrant);
        Checks.noise("xor", noise);
    }

    /** 150 points per quadrant (600 in all), noise {@value #DEFAULT_NOISE}. */
    public static Xor standard(long seed) {
        return new Xor(150, DEFAULT_NOISE, seed);
    }

    /**
     * The XOR truth table of 004_e7081218ef15327e.txt, in its order: (0,0)->0, (0,1)->1, (1,0)->1, (1,1)->0.
     */
    public static Dataset truthTable() {
        return new Dataset("xor truth table", 2, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new int[] {0, 1, 1, 0}, 2);
    }

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public String description() {
        return "xor(" + pointsPerQuadrant + " points per quadrant, noise " + noise + ", seed " + seed + ")";
    }

    @Override
    public Dataset generate() {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] corners = {{-0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}, {0.5, -0.5}};
        int n = 4 * pointsPerQuadrant;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int k = 0;
        for (double[] corner : corners) {
            for (int i = 0; i < pointsPerQuadrant; i++, k++) {
                double px = corner[0] + noise * random.nextGaussian();
                double py = corner[1] + noise * random.nextGaussian();
                x[2 * k] = px;
                x[2 * k + 1] = py;
                y[k] = (px > 0) != (py > 0) ? 1 : 0;
            }
        }
        return new Dataset(description(), 2, x, y, 2);
    }
}
