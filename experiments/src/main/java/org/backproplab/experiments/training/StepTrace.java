package org.backproplab.experiments.training;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.train.Trainer;
import org.backproplab.reporting.TraceValue;
import org.backproplab.reporting.TracedStep;

/**
 * Every number of a small network's training steps, at the steps it records: the mini-batch loss before the update,
 * every weight and bias before it, the gradients the optimizer applies (dE/dw, dE/db: the mini-batch's, L2
 * included), the weights after it, and, for one probe sample, every unit's net, out, dE/dout and delta (the
 * forward and backward pass of that sample alone, on the weights before the update). For the seeds' examples the
 * probe is the step's own sample (they train one sample at a time), so these are the training step's own numbers;
 * in a sweep it is the first training point. On a 2-D plane it also measures the class probabilities over a
 * {@value #RESOLUTION} x {@value #RESOLUTION} grid before the update, rounded to 3 decimals.
 *
 * <p>Which steps: every one of the first {@value #EVERY_STEP} (0 is the first update), then each step at least
 * {@value #THINNING} times the last one recorded, and always the last step, and the first whose loss is not finite
 * (after which nothing more is recorded). 10,000 steps are recorded at 140 of them.
 *
 * <p>It only reads the network, with a workspace of its own: the run's numbers are the same with or without it.
 */
public final class StepTrace implements Trainer.StepListener {
    /** The largest network traced, counting weights and biases: above it the page would be too big to read. */
    public static final int MAX_PARAMETERS = 200;
    public static final int EVERY_STEP = 50;
    public static final double THINNING = 1.06;
    public static final int RESOLUTION = 40;

    private final Network network;
    private final Loss loss;
    private final Matrix probeX;
    private final Matrix probeY;
    private final Workspace probe;
    private final int last;
    private final double[][] range;
    private final List<TracedStep> steps = new ArrayList<>();
    private int step;
    private int nextThinned = EVERY_STEP;
    private boolean stopped;
    private List<TraceValue> pending;
    private int[] pendingBoundary;

    /**
     * @param probeX     one sample (one row) whose units' values are recorded, {@code probeY} its target; both null
     *                   for the step's own sample (training one sample at a time)
     * @param totalSteps how many updates the run makes, so that the last is recorded
     * @param range      the plane ({@code {{x min, x max}, {y min, y max}}}) for the boundary, or null
     */
    public StepTrace(Network network, Loss loss, Matrix probeX, Matrix probeY, int totalSteps, double[][] range) {
        if ((probeX == null) != (probeY == null) || probeX != null && (probeX.rows() != 1 || probeY.rows() != 1)) {
            throw new IllegalArgumentException("the probe is one sample and its target, or neither");
        }
        if (network.spec().parameterCount() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a network of " + network.spec().parameterCount()
                    + " weights and biases is too big to trace; expected at most " + MAX_PARAMETERS);
        }
        this.network = network;
        this.loss = loss;
        this.probeX = probeX;
        this.probeY = probeY;
        this.probe = network.workspace(1);
        this.last = totalSteps - 1;
        this.range = range;
    }

    /** Whether the step numbered {@code s} is one a run of {@code total} updates records (divergence aside). */
    public static boolean recorded(int s, int total) {
        if (s < EVERY_STEP || s == total - 1) {
            return true;
        }
        int next = EVERY_STEP;
        while (next < s) {
            next = Math.max(next + 1, (int) Math.ceil(next * THINNING));
        }
        return next == s;
    }

    @Override
    public void beforeUpdate(Matrix inputs, Matrix targets, double batchLoss, Workspace ws) {
        boolean diverged = !Double.isFinite(batchLoss);
        boolean thinned = step == nextThinned;
        if (thinned) {
            nextThinned = Math.max(nextThinned + 1, (int) Math.ceil(nextThinned * THINNING));
        }
        if (stopped || !(step < EVERY_STEP || thinned || step == last || diverged)) {
            return;
        }
        stopped = diverged;
        Matrix probeX = this.probeX == null ? inputs : this.probeX;
        Matrix probeY = this.probeY == null ? targets : this.probeY;
        if (probeX.rows() != 1) {
            throw new IllegalArgumentException("a trace whose probe is the step's own sample needs batches of one "
                    + "sample, got " + probeX.rows());
        }
        List<TraceValue> v = new ArrayList<>();
        v.add(new TraceValue("loss", TraceValue.INPUTS, TraceValue.NONE, TraceValue.NONE, batchLoss));
        for (int i = 0; i < probeX.cols(); i++) {
            v.add(new TraceValue("input", TraceValue.INPUTS, i, TraceValue.NONE, probeX.get(0, i)));
        }
        int top = network.layers().size() - 1;
        for (int i = 0; i < probeY.cols(); i++) {
            v.add(new TraceValue("target", top, i, TraceValue.NONE, probeY.get(0, i)));
        }
        // The probe's own pass on the weights before the update.
        network.forward(probeX, probe);
        network.backward(probeY, loss, probe);
        for (int l = 0; l <= top; l++) {
            units(v, "net", l, probe.net(l));
            units(v, "out", l, probe.out(l));
            units(v, "dE/dout", l, probe.dOut(l));
            units(v, "delta", l, probe.delta(l));
        }
        parameters(v, "w", "b");
        Gradients g = ws.gradients();
        for (int l = 0; l <= top; l++) {
            edges(v, "dE/dw", l, g.weights(l));
            units(v, "dE/db", l, g.biases(l));
        }
        pending = v;
        pendingBoundary = range == null ? new int[0] : perMille(DecisionGrid.probabilities(network, range, RESOLUTION));
    }

    @Override
    public void afterUpdate() {
        if (pending != null) {
            parameters(pending, "w+", "b+");
            steps.add(new TracedStep(step, pending, pendingBoundary));
            pending = null;
        }
        step++;
    }

    /** The steps recorded so far. */
    public List<TracedStep> steps() {
        return List.copyOf(steps);
    }

    private void parameters(List<TraceValue> v, String weights, String biases) {
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            edges(v, weights, l, layer.weights());
            units(v, biases, l, layer.biases());
        }
    }

    private static void units(List<TraceValue> v, String quantity, int l, Matrix row) {
        for (int i = 0; i < row.cols(); i++) {
            v.add(new TraceValue(quantity, l, i, TraceValue.NONE, row.get(0, i)));
        }
    }

    private static void edges(List<TraceValue> v, String quantity, int l, Matrix w) {
        for (int i = 0; i < w.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                v.add(new TraceValue(quantity, l, i, j, w.get(i, j)));
            }
        }
    }

    /**
     * Class probabilities as the page stores them: per mille, one number per cell for two classes (class 1's),
     * one per cell and class above; -1 where the network's output is not a number.
     */
    static int[] perMille(double[][] probabilities) {
        int classes = probabilities[0].length;
        int per = classes == 2 ? 1 : classes;
        int[] out = new int[probabilities.length * per];
        for (int c = 0; c < probabilities.length; c++) {
            for (int k = 0; k < per; k++) {
                double p = probabilities[c][classes == 2 ? 1 : k];
                out[c * per + k] = Double.isFinite(p) ? (int) Math.round(1000 * p) : -1;
            }
        }
        return out;
    }
}
