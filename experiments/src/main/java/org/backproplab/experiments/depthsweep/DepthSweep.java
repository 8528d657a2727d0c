package org.backproplab.experiments.depthsweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Defaults;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.DecisionGrid;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.HeatMap;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=depth-sweep}, the main job: how depth changes what sigmoid, tanh and ReLU networks learn with
 * plain SGD, and how far the gradient reaches back through them. Each activation trains at its own learning rate
 * and from its own initialization, so that depth, not a poor start, is what is compared.
 */
public final class DepthSweep {
    /** On a 2-D set, what the shallowest and the deepest network of each activation make of the plane. */
    static final DecisionGrid BOUNDARY = new DecisionGrid(200, Which.firstSeedAtShallowestAndDeepest());

    static final Report<Cells> REPORT = Report.<Cells>titled(c -> "Depth sweep: " + String.join(", ", c.grid().activations()
                    .stream().map(a -> a.name()).toList()) + " at " + Counts.depths(c.grid().depths())
                    + " (hidden layers)")
            .text(DepthSweepFindings::recipe)
            .text(DepthSweepFindings::rates)
            .findings(DepthSweepFindings::findings)
            .text(DepthSweepFindings.WHY)
            .figure("test-accuracy-vs-depth.png", "Test accuracy vs depth", c -> new LineChart("Test accuracy vs "
                    + "depth" + band(c), "hidden layers", "test accuracy", byDepth(c, Metric.TEST_ACCURACY),
                    Scale.LINEAR, true).asFraction())
            .figure("test-accuracy-heatmap.png", "Test accuracy, activation x depth",
                    c -> heatMap(c).sized(900, 420))
            .figure("train-loss-vs-depth.png", "Final training loss vs depth", c -> new LineChart("Final training "
                    + "loss vs depth" + band(c), "hidden layers", "training loss (log scale)",
                    byDepth(c, Metric.FINAL_TRAIN_LOSS), Scale.LOG, true))
            .figure("gradient-ratio-vs-depth.png", "Gradient reaching the first layer", c -> new LineChart(
                    "Gradient reaching the first layer, at initialization" + band(c), "hidden layers",
                    "|dJ/dW| first layer / |dJ/dW| output layer (log)", byDepth(c, Metric.GRADIENT_RATIO_AT_INIT),
                    Scale.LOG, true))
            .figures(DepthSweep::trainingCurves)
            .figures("What the first seed's network makes of the plane, shallowest and deepest (tint: the class it "
                    + "predicts, paler where it is less sure; dots: the training points in their true class):",
                    DepthSweep::boundaries)
            .table("Summary", List.of("activation", "depth", "final train loss (mean +/- sd)",
                    "test accuracy (mean +/- sd)", "test accuracy, 95% CI", "first/output layer gradient at init"),
                    DepthSweep::summary)
            .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()))
            .text("Per-epoch numbers of every run are in runs.csv; the table above is summary.csv.");

    public static final Sweep SWEEP = Sweep.named("depth-sweep",
                    "sigmoid, tanh and ReLU networks of 1 to 10 hidden layers on digits: accuracy, loss, gradients")
            .with(Axis.DEPTHS, "1..10")
            .epochs(Defaults::epochs)
            .swept(Axis.ACTIVATIONS, Axis.DEPTHS)
            .quick("seeds", "1", "depths", "1..3", "epochs", "5")
            .probes(BOUNDARY)
            .report(REPORT);

    private DepthSweep() {
    }

    private static String band(Cells c) {
        return " (" + Counts.meanOf(c.seeds(), true) + ")";
    }

    /** One line per activation over depth, mean and band of {@code m}: the points summary.csv holds. */
    static List<Series> byDepth(Cells c, Metric m) {
        return c.lines(Axis.ACTIVATIONS, Axis.DEPTHS, m, true);
    }

    /** Test accuracy, activation (rows) x depth (columns), mean over the seeds: the sweep at a glance. */
    static HeatMap heatMap(Cells c) {
        List<Integer> depths = c.grid().depths().stream().distinct().sorted().toList();
        List<String> rows = c.grid().activations().stream().map(a -> a.name()).toList();
        double[][] values = new double[rows.size()][depths.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Cell cell : c.cells()) {
            values[rows.indexOf(cell.spec().hidden().name())][depths.indexOf(cell.spec().depth())] =
                    cell.stat(Metric.TEST_ACCURACY).mean();
        }
        return new HeatMap("Test accuracy, activation x depth (" + Counts.meanOf(c.seeds(), false) + ")",
                "hidden layers", "activation", depths.stream().map(String::valueOf).toList(), rows, values,
                "test accuracy", 0, 1);
    }

    /** Each activation's training loss over the epochs, one line per depth shown ({@link #shownInCurves}). */
    static List<Drawn> trainingCurves(Cells c) {
        List<Integer> depths = c.grid().depths().stream().distinct().sorted().toList();
        List<Integer> shown = shownInCurves(depths);
        List<String> names = shown.stream().map(d -> "depth " + d).toList();
        List<Drawn> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> {
            List<Series> curves = new ArrayList<>();
            boolean ragged = false;
            for (Cell cell : cells.cells()) {
                if (shown.contains(cell.spec().depth())) {
                    EpochMeans loss = EpochMeans.of(cell.runs(), EpochRecord::trainLoss);
                    ragged |= loss.ragged();
                    curves.add(loss.series("depth " + cell.spec().depth(), false));
                }
            }
            String which = shown.size() == depths.size() ? "" : ", depths " + shown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " of " + depths.size();
            out.add(new Drawn("training-loss-" + activation + ".png", "Training loss curves, " + activation,
                    new LineChart("Training loss, " + activation + which + " (" + Counts.meanOf(c.seeds(), false)
                            + (ragged ? "; " + EpochMeans.RAGGED : "") + ")", "epoch",
                            "training loss on the whole training set (log scale)", curves, Scale.LOG, true)
                            .withColours(Colours.ordered(names))));
        });
        return out;
    }

    /**
     * Which depths get a training curve: all of them up to six; beyond that the shallowest, the deepest and the
     * powers of two between (1, 2, 4, 8, 16, 20). Ten overlapping noisy curves are unreadable; the doublings show
     * the trend, and runs.csv holds every depth.
     */
    static List<Integer> shownInCurves(List<Integer> depths) {
        if (depths.size() <= 6) {
            return depths;
        }
        int first = depths.get(0);
        int last = depths.get(depths.size() - 1);
        return depths.stream().filter(d -> d == first || d == last || Integer.bitCount(d) == 1).toList();
    }

    /** On a 2-D set, the boundary of the first seed's network at the shallowest and the deepest depth. */
    static List<Drawn> boundaries(Cells c) {
        List<Drawn> out = new ArrayList<>();
        if (!BOUNDARY.fits(c.data())) {
            return out;
        }
        for (Cell cell : c.cells()) {
            var first = cell.first();
            if (BOUNDARY.measures(first.spec(), c.grid(), c.data())) {
                String file = "boundary-" + cell.spec().hidden().name() + "-depth-" + cell.spec().depth() + ".png";
                out.add(new Drawn(file, file.replace(".png", "").replace('-', ' '), BOUNDARY.boundary(first,
                        c.data(), String.format("%s, %s, seed %d: test accuracy %.3f", cell.spec().hidden().name(),
                                Counts.hiddenLayers(cell.spec().depth()), first.spec().seed(),
                                first.last().testAccuracy())).sized(700, 620)));
            }
        }
        return out;
    }

    private static List<List<String>> summary(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            var loss = cell.stat(Metric.FINAL_TRAIN_LOSS);
            var acc = cell.stat(Metric.TEST_ACCURACY);
            rows.add(List.of(cell.spec().hidden().name(), Integer.toString(cell.spec().depth()),
                    String.format("%.4f +/- %.4f", loss.mean(), loss.sd()),
                    String.format("%.3f +/- %.3f", acc.mean(), acc.sd()),
                    cell.accuracyCi95Text(c.data().testX().rows()),
                    String.format("%.2e", cell.stat(Metric.GRADIENT_RATIO_AT_INIT).mean())));
        }
        return rows;
    }
}
