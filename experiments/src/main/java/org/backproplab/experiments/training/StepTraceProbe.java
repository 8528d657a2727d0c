package org.backproplab.experiments.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.train.Trainer;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.reporting.TracePlane;
import org.backproplab.reporting.TraceValue;
import org.backproplab.reporting.TracedRun;
import org.backproplab.reporting.TracedStep;

/**
 * {@code -Dtrace=true}: a {@link StepTrace} of every run, its probe the first training point, saved with the run
 * like any probe's numbers (so a resumed sweep has them) and read back by {@link #steps}. On a 2-D set it
 * measures the boundary too, over the same plane as {@link DecisionGrid}.
 */
public record StepTraceProbe() implements Probe {
    static final String VALUES = "values";
    static final String BOUNDARY = "boundary";
    public static final String RANGE = "range";

    @Override
    public String name() {
        return "step-trace";
    }

    @Override
    public Which which() {
        return Which.all();
    }

    /** The plane a run of {@code data} is traced over, or null for data that are not 2-D. */
    public static double[][] plane(TrainingData data) {
        return data.inputs() == 2 ? DecisionGrid.planeAround(data.trainX(), 0.1) : null;
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        int perEpoch = (data.trainX().rows() + spec.batchSize() - 1) / spec.batchSize();
        double[][] range = plane(data);
        StepTrace trace = new StepTrace(network, spec.loss(), row(data.trainX()), row(data.trainY()),
                spec.epochs() * perEpoch, range);
        return new Listening(trace, range);
    }

    private static Matrix row(Matrix m) {
        return Matrix.row(m.rowCopy(0));
    }

    /** The recorder {@link TrainingRun} shows every step to. */
    static final class Listening implements Recorder, Trainer.StepListener {
        private final StepTrace trace;
        private final double[][] range;

        Listening(StepTrace trace, double[][] range) {
            this.trace = trace;
            this.range = range;
        }

        @Override
        public void beforeUpdate(Matrix inputs, Matrix targets, double batchLoss, Workspace ws) {
            trace.beforeUpdate(inputs, targets, batchLoss, ws);
        }

        @Override
        public void afterUpdate() {
            trace.afterUpdate();
        }

        @Override
        public void epoch(int epoch, boolean last) {
        }

        @Override
        public Measurements result() {
            List<TracedStep> steps = trace.steps();
            List<double[]> values = new ArrayList<>();
            double[][] boundary = new double[steps.size()][];
            for (int s = 0; s < steps.size(); s++) {
                TracedStep step = steps.get(s);
                for (TraceValue v : step.values()) {
                    values.add(new double[] {step.step(), TraceValue.QUANTITIES.indexOf(v.quantity()), v.layer(),
                            v.i(), v.j(), v.value()});
                }
                boundary[s] = new double[step.boundary().length + 1];
                boundary[s][0] = step.step();
                for (int k = 0; k < step.boundary().length; k++) {
                    boundary[s][k + 1] = step.boundary()[k];
                }
            }
            Map<String, double[][]> m = new LinkedHashMap<>();
            m.put(VALUES, values.toArray(double[][]::new));
            m.put(BOUNDARY, boundary);
            if (range != null) {
                m.put(RANGE, range);
            }
            return new Measurements(m);
        }
    }

    /** The steps {@code run} recorded, read back from its measurements. */
    public List<TracedStep> steps(RunResult run) {
        Measurements m = run.measured(this);
        Map<Integer, List<TraceValue>> byStep = new LinkedHashMap<>();
        for (double[] r : m.get(VALUES)) {
            byStep.computeIfAbsent((int) r[0], k -> new ArrayList<>()).add(new TraceValue(
                    TraceValue.QUANTITIES.get((int) r[1]), (int) r[2], (int) r[3], (int) r[4], r[5]));
        }
        List<TracedStep> steps = new ArrayList<>();
        for (double[] b : m.get(BOUNDARY)) {
            int[] cells = new int[b.length - 1];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = (int) b[k + 1];
            }
            steps.add(new TracedStep((int) b[0], byStep.get((int) b[0]), cells));
        }
        return steps;
    }

    /**
     * {@code run}'s page: its network named as the slides name units (i for inputs, h for hidden units, h2.3 for
     * unit 3 of hidden layer 2 in a deeper network, o for outputs, b for each layer's bias unit), with {@code data}'s
     * plane if it is 2-D.
     */
    public TracedRun page(RunResult run, TrainingData data, String title) {
        RunSpec spec = run.spec();
        NetworkSpec shape = spec.network(data.inputs(), data.trainY().cols());
        List<String> layers = new ArrayList<>();
        List<List<String>> units = new ArrayList<>();
        List<String> biases = new ArrayList<>();
        layers.add("inputs");
        units.add(names("i", data.inputs()));
        int hidden = shape.layers().size() - 1;
        for (int l = 0; l <= hidden; l++) {
            String activation = shape.layers().get(l).activation().name();
            biases.add("b" + (l + 1));
            if (l == hidden) {
                layers.add("outputs (" + activation + ")");
                units.add(names("o", shape.layers().get(l).width()));
            } else {
                layers.add((hidden == 1 ? "hidden" : "hidden " + (l + 1)) + " (" + activation + ")");
                units.add(names(hidden == 1 ? "h" : "h" + (l + 1) + ".", shape.layers().get(l).width()));
            }
        }
        TracePlane plane = null;
        double[][] range = run.measured(this).arrays().containsKey(RANGE) ? run.measured(this).get(RANGE) : null;
        if (range != null) {
            int n = data.trainX().rows();
            double[][] points = new double[n][];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                points[i] = new double[] {data.trainX().get(i, 0), data.trainX().get(i, 1)};
                labels[i] = DecisionGrid.label(data.trainY(), i);
            }
            plane = new TracePlane(range[0], range[1], StepTrace.RESOLUTION, Math.max(2, data.trainY().cols()),
                    points, labels);
        }
        List<String> notes = List.of(
                "Trained as the sweep trained it: " + spec.optimizer().name() + ", batches of " + spec.batchSize()
                        + ", " + spec.epochs() + " epochs, loss " + spec.loss().name() + ", seed " + spec.seed() + ".",
                "Units' values (net, out, dE/dout, delta) are those of the first training point, ("
                        + data.trainX().get(0, 0) + (data.inputs() > 1 ? ", " + data.trainX().get(0, 1) : "")
                        + (data.inputs() > 2 ? ", ..." : "") + "), on the weights before each step; dE/dw and "
                        + "dE/db are the mini-batch's, which the update applies.",
                "Steps recorded: every one of the first " + StepTrace.EVERY_STEP + ", then each at least "
                        + StepTrace.THINNING + " times the one before, and the last (or the first whose loss is not "
                        + "finite)." + (plane == null ? "" : " Boundary: " + StepTrace.RESOLUTION + " x "
                        + StepTrace.RESOLUTION + " cells, class probabilities rounded to 3 decimals."),
                "Edges: blue positive weight, orange negative, thickness |w|; squares are the bias units. "
                        + "Hover over a unit or edge for its exact values; the table lists every value.");
        return new TracedRun(title, notes, layers, units, biases, java.util.Map.of(), steps(run), plane);
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add(prefix + k);
        }
        return out;
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        return saved.arrays().containsKey(VALUES) && saved.arrays().containsKey(BOUNDARY)
                && saved.get(BOUNDARY).length > 0;
    }
}
