package org.backproplab.experiments.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.reporting.DecisionBoundary;

/**
 * What a network trained on a 2-D set makes of the plane after its last epoch: its class probabilities at the
 * centre of every cell of a {@code resolution x resolution} grid over the training points (their range and
 * {@code margin} of it more on each side). A classifier's are the softmax of its identity output layer, as the
 * loss reads it; a single output (a truth table's 0 or 1) is read as the probability of class 1, clipped to
 * [0, 1]. Stored as {@code "range"} ({@code {{x min, x max}, {y min, y max}}}) and {@code "probabilities"} (one
 * row per cell, in the order {@link DecisionBoundary} draws them).
 */
public record DecisionGrid(int resolution, Which which, double margin) implements Probe {
    public static final String RANGE = "range";
    public static final String PROBABILITIES = "probabilities";

    /** A tenth of the points' range on each side. */
    public DecisionGrid(int resolution, Which which) {
        this(resolution, which, 0.1);
    }

    public DecisionGrid {
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite number >= 0, got " + margin);
        }
        if (resolution < 2 || resolution > DecisionBoundary.MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution must be in [2, " + DecisionBoundary.MAX_RESOLUTION
                    + "], got " + resolution);
        }
    }

    @Override
    public String name() {
        return "decision-grid-" + resolution + (margin == 0.1 ? "" : "-margin-" + margin);
    }

    @Override
    public boolean fits(TrainingData data) {
        return data.inputs() == 2;
    }

    /** The figure of {@code run}'s boundary, which this probe measured, with {@code data}'s training points on top. */
    public DecisionBoundary boundary(RunResult run, TrainingData data, String title) {
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < data.classes(); k++) {
            classes.add("class " + k);
        }
        return boundary(run, data, title, classes);
    }

    /** As above, the classes named (in the legend) as {@code classes} says. */
    public DecisionBoundary boundary(RunResult run, TrainingData data, String title, List<String> classes) {
        Measurements m = run.measured(this);
        double[][] range = m.get(RANGE);
        int n = data.trainX().rows();
        double[][] points = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {data.trainX().get(i, 0), data.trainX().get(i, 1)};
            labels[i] = label(data.trainY(), i);
        }
        return new DecisionBoundary(title, "x1", "x2", classes, range[0], range[1], resolution,
                DecisionBoundary.precomputed(range[0], range[1], resolution, m.get(PROBABILITIES)), points, labels);
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        return new Recorder() {
            private double[][] range;
            private double[][] probabilities;

            @Override
            public void epoch(int epoch, boolean last) {
                if (!last) {
                    return;
                }
                range = planeAround(data.trainX(), margin);
                probabilities = probabilities(network, range, resolution);
            }

            @Override
            public Measurements result() {
                return new Measurements(Map.of(RANGE, range, PROBABILITIES, probabilities));
            }
        };
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        return saved.has(List.of(RANGE), 2) && saved.has(List.of(PROBABILITIES), resolution * resolution);
    }

    /**
     * {@code network}'s class probabilities at the centre of every cell of a {@code resolution x resolution} grid
     * over {@code range}, in {@link DecisionBoundary#cellCentres} order. Only reads the network.
     */
    static double[][] probabilities(Network network, double[][] range, int resolution) {
        double[][] centres = DecisionBoundary.cellCentres(range[0], range[1], resolution);
        // One image row per pass: the same products as one point at a time, far fewer calls.
        Workspace ws = network.workspace(resolution);
        Matrix x = new Matrix(resolution, 2);
        int outputs = network.layers().get(network.layers().size() - 1).units();
        Matrix p = new Matrix(resolution, outputs);
        Activation softmax = Activation.softmax();
        double[][] probabilities = new double[centres.length][];
        for (int start = 0; start < centres.length; start += resolution) {
            for (int r = 0; r < resolution; r++) {
                x.set(r, 0, centres[start + r][0]);
                x.set(r, 1, centres[start + r][1]);
            }
            Matrix out = network.forward(x, ws);
            if (outputs == 1) {
                for (int r = 0; r < resolution; r++) {
                    probabilities[start + r] = ofOne(out.get(r, 0));
                }
                continue;
            }
            softmax.forward(out, p);
            for (int r = 0; r < resolution; r++) {
                probabilities[start + r] = p.rowCopy(r);
            }
        }
        return probabilities;
    }

    /** A single output {@code o} as the probabilities of classes 0 and 1: {@code 1 - o, o}, clipped to [0, 1]. */
    private static double[] ofOne(double o) {
        if (Double.isNaN(o)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = Math.max(0, Math.min(1, o));
        return new double[] {1 - p, p};
    }

    /** Row {@code i}'s class: the 1 of a one-hot row, or a single target read as 0 or 1. */
    static int label(Matrix y, int i) {
        if (y.cols() == 1) {
            return y.get(i, 0) >= 0.5 ? 1 : 0;
        }
        for (int k = 0; k < y.cols(); k++) {
            if (y.get(i, k) == 1.0) {
                return k;
            }
        }
        return 0;
    }

    /** The training points' range on each axis and {@code margin} of it more on both sides. */
    static double[][] planeAround(Matrix x, double margin) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.rows(); i++) {
            for (int d = 0; d < 2; d++) {
                lo[d] = Math.min(lo[d], x.get(i, d));
                hi[d] = Math.max(hi[d], x.get(i, d));
            }
        }
        double mx = margin * (hi[0] - lo[0]);
        double my = margin * (hi[1] - lo[1]);
        return new double[][] {{lo[0] - mx, hi[0] + mx}, {lo[1] - my, hi[1] + my}};
    }
}
