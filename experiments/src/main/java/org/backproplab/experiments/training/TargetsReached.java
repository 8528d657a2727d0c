package org.backproplab.experiments.training;

import java.util.List;
import java.util.Map;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * When a network first fits its training set: the first epoch (0: at initialization) at which every output on
 * every training row is within {@code tolerance} of its target, or -1 if none is, and the outputs on the training
 * set after the last epoch. For a truth table, "learned" is exactly that: XOR is solved when all four outputs are
 * within 0.1 of 0, 1, 1, 0. Stored as {@code "first"} ({@code {{epoch}}}) and {@code "outputs"} (one row per
 * training row).
 */
public record TargetsReached(double tolerance, Which which) implements Probe {
    static final String FIRST = "first";
    static final String OUTPUTS = "outputs";

    public TargetsReached {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
        }
    }

    @Override
    public String name() {
        return "targets-reached-" + tolerance;
    }

    /** The first epoch at which {@code run} fitted every target, or -1. */
    public int first(RunResult run) {
        return (int) run.measured(this).get(FIRST)[0][0];
    }

    /** {@code run}'s outputs on each training row after its last epoch. */
    public double[][] outputs(RunResult run) {
        return run.measured(this).get(OUTPUTS);
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        Matrix x = data.trainX();
        Matrix y = data.trainY();
        Workspace ws = network.workspace(x.rows());
        return new Recorder() {
            private int first = -1;
            private double[][] outputs;

            @Override
            public void epoch(int epoch, boolean last) {
                Matrix out = network.forward(x, ws);
                if (first < 0 && within(out, y)) {
                    first = epoch;
                }
                if (last) {
                    outputs = new double[out.rows()][];
                    for (int r = 0; r < out.rows(); r++) {
                        outputs[r] = out.rowCopy(r);
                    }
                }
            }

            @Override
            public Measurements result() {
                return new Measurements(Map.of(FIRST, new double[][] {{first}}, OUTPUTS, outputs));
            }
        };
    }

    private boolean within(Matrix out, Matrix y) {
        double[] o = out.data();
        double[] t = y.data();
        for (int i = 0; i < o.length; i++) {
            // Written so that a NaN output is never within reach.
            if (!(Math.abs(o[i] - t[i]) < tolerance)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        double[][] outputs = saved.arrays().get(OUTPUTS);
        return saved.has(List.of(FIRST), 1) && outputs != null && outputs.length > 0
                && saved.has(List.of(OUTPUTS), outputs.length);
    }
}
