package org.backproplab.reporting;

/**
 * The 2-D plane a traced network was trained on: the range drawn, the grid its class probabilities were measured
 * on ({@code resolution x resolution} cells), how many classes, and the training points with their classes.
 */
public record TracePlane(double[] xRange, double[] yRange, int resolution, int classes, double[][] points,
        int[] labels) {
    public TracePlane {
        xRange = xRange.clone();
        yRange = yRange.clone();
        points = points.clone();
        labels = labels.clone();
        if (resolution < 2) {
            throw new IllegalArgumentException("resolution must be >= 2, got " + resolution);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("a plane needs at least 2 classes, got " + classes);
        }
        if (points.length != labels.length) {
            throw new IllegalArgumentException(points.length + " points but " + labels.length + " labels");
        }
    }

    /** How many numbers one step's boundary holds: one per cell for two classes, one per cell and class above. */
    public int cellsPerStep() {
        return resolution * resolution * (classes == 2 ? 1 : classes);
    }
}
