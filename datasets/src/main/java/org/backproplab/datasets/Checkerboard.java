package org.backproplab.datasets;

import java.util.SplittableRandom;

/**
 * A checkerboard of {@code cells x cells} squares over [-1, 1]^2, coloured alternately class 0 and class 1: the
 * class of (x, y) is the parity of the square it falls in. Points are uniform over the board, drawn class by class
 * ({@code pointsPerClass} of each, every draw of the other colour thrown away), so the classes are balanced.
 *
 * <p>A set where depth should matter: its boundary is {@code 2 (cells - 1)} straight lines, each crossing the
 * whole board, and a one-hidden-layer ReLU network must place a separate kink for each square edge, where a
 * deeper one can fold the plane and reuse its cuts (Montufar et al. 2014; the sawtooth of Telgarsky 2016 in 2-D).
 * The labels are exact: there is no noise, so whatever a network gets wrong it got wrong near an edge.
 */
public record Checkerboard(int cells, int pointsPerClass, long seed) implements Synthetic {
    /** 4 x 4 squares, 300 points of each colour: about 37 points a square, enough to see every edge. */
    public static Checkerboard standard(long seed) {
        return new Checkerboard(4, 300, seed);
    }

    public Checkerboard {
        Checks.atLeast("checkerboard", "cells", 2, cells);
        Checks.atLeast("checkerboard", "points per class", 1, pointsPerClass);
    }

    @Override
    public String name() {
        return "checkerboard";
    }

    @Override
    public String description() {
        return "checkerboard(" + cells + " x " + cells + " squares on [-1, 1]^2, " + pointsPerClass
                + " points per class, seed " + seed + ")";
    }

    /** The class of (x, y): the parity of its square's row plus column. */
    public int label(double x, double y) {
        int i = Math.min(cells - 1, (int) Math.floor((x + 1) / 2 * cells));
        int j = Math.min(cells - 1, (int) Math.floor((y + 1) / 2 * cells));
        return (i + j) % 2;
    }

    @Override
    public Dataset generate() {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 * pointsPerClass;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int k = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < pointsPerClass; i++, k++) {
                double px;
                double py;
                do {
                    px = random.nextDouble(-1.0, 1.0);
                    py = random.nextDouble(-1.0, 1.0);
                } while (label(px, py) != c);
                x[2 * k] = px;
                x[2 * k + 1] = py;
                y[k] = c;
            }
        }
        return new Dataset(description(), 2, x, y, 2);
    }
}
