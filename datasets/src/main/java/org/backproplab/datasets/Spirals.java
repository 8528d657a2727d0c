package org.backproplab.datasets;

import java.util.SplittableRandom;

/**
 * Interleaved spiral arms, one per class: the CS231n spiral. Along arm c, point i of n has radius
 * {@code r = i / (n - 1)} (0 to 1) and angle {@code t = 4c + 4r + noise * gaussian} radians, and sits at
 * {@code (r sin t, r cos t)}, so every input lies in [-1, 1]. Each arm turns 4 radians and the arms start 4 radians
 * apart, so with 3 classes they wind around one another and no few straight cuts separate them: a narrow single
 * hidden layer leaves many points wrong, a deeper ReLU network gets nearly all of them.
 *
 * <p>The noise is on the angle, not the position: an arm keeps its shape near the centre and blurs towards the
 * rim, where neighbouring arms are furthest apart.
 */
public record Spirals(int classes, int pointsPerClass, double noise, long seed) implements Synthetic {
    /** CS231n's value: clearly separated arms with a ragged edge. */
    public static final double DEFAULT_NOISE = 0.2;

    public Spirals {
        Checks.atLeast("spirals", "classes", 2, classes);
        Checks.atLeast("spirals", "points per class", 2, pointsPerClass);
        Checks.noise("spirals", noise);
    }

    /** The main job's set: 3 arms of 200 points, {@value #DEFAULT_NOISE} rad of noise. */
    public static Spirals standard(long seed) {
        return new Spirals(3, 200, DEFAULT_NOISE, seed);
    }

    @Override
    public String name() {
        return "spirals";
    }

    @Override
    public String description() {
        return "spirals(" + classes + " arms x " + pointsPerClass + " points, noise " + noise + " rad, seed " + seed
                + ")";
    }

    @Override
    public Dataset generate() {
        SplittableRandom random = new SplittableRandom(seed);
        int n = classes * pointsPerClass;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < pointsPerClass; i++) {
                int k = c * pointsPerClass + i;
                double r = (double) i / (pointsPerClass - 1);
                double t = 4.0 * c + 4.0 * r + noise * random.nextGaussian();
                x[2 * k] = r * Math.sin(t);
                x[2 * k + 1] = r * Math.cos(t);
                y[k] = c;
            }
        }
        return new Dataset(description(), 2, x, y, classes);
    }
}
