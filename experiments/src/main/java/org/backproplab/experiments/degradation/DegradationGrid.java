package org.backproplab.experiments.degradation;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;

/**
 * The project's grid: ReLU and sigmoid networks, plain, with residual shortcuts every two layers, batch-normalized,
 * and both, at 10 to 50 hidden layers on the digits, with the project's defaults for everything else (each
 * activation's own rate and initialization, plain SGD): what each remedy changes about how deep a network trains.
 */
final class DegradationGrid {
    static final Sweep SWEEP = Sweep.named("degradation",
                    "plain, residual, batch-normalized and both, ReLU and sigmoid, 10 to 50 hidden layers")
            .with(Axis.ACTIVATIONS, "relu,sigmoid")
            .with(Axis.DEPTHS, "10,20,30,50")
            .with(Axis.NORM, "none,batch")
            .with(Axis.RESIDUAL, "0,2")
            .epochs(12)
            .seeds(3, 1)
            .swept(Axis.ACTIVATIONS, Axis.DEPTHS, Axis.NORM, Axis.RESIDUAL)
            .quick("seeds", "1", "depths", "4,8", "epochs", "2");

    static final Report<Cells> REPORT = Report.<Cells>titled("The project's grid")
            .text(DegradationGrid::recipe)
            .findings(DegradationFindings::findings)
            .bullets(DegradationFindings::why)
            .figures(c -> perActivation(c, "lowest-train-loss", "Lowest training loss vs depth",
                    "lowest training loss over the epochs (log scale)", Lowest.TRAIN_LOSS, Scale.LOG))
            .figures(c -> perActivation(c, "test-accuracy", "Test accuracy vs depth", "test accuracy after the "
                    + "last epoch", Metric.TEST_ACCURACY, Scale.LINEAR))
            .figures(c -> perActivation(c, "gradient-at-init", "First layer's gradient at initialization",
                    "|dJ/dW| of the first hidden layer (log scale)", Metric.FIRST_LAYER_GRADIENT_AT_INIT, Scale.LOG))
            .figures(DegradationGrid::curves)
            .table("Summary", List.of("activation", "network", "depth", "lowest training loss (mean +/- sd)",
                    "test accuracy (mean)", "test accuracy, 95% CI", "first-layer gradient at init", "diverged"),
                    DegradationGrid::summary)
            .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()));

    private DegradationGrid() {
    }

    static String recipe(Cells c) {
        var g = c.grid();
        String k = residualText(g.residuals());
        String which = k.equals("(none)") ? k : Integer.parseInt(k) + ", " + 2 * Integer.parseInt(k) + ", "
                + 3 * Integer.parseInt(k) + "...";
        return String.format("%s networks at %s (hidden layers) of %d units on %s (%d training images), %s; softmax "
                + "cross-entropy, plain SGD with batches of %d at each activation's own rate (%s) from its own "
                + "initialization (%s), for %s. Residual: after the first hidden layer (which maps the inputs to "
                + "the width), layers %s each add the output of the layer %s before them (identity shortcuts, no "
                + "projection: the widths are equal). Batch-norm: every hidden layer's net input normalized over "
                + "the mini-batch, then scaled and shifted (momentum 0.9, epsilon 1e-5), before the activation, "
                + "where He et al. place it.",
                String.join(", ", g.activations().stream().map(a -> a.name()).toList()), Counts.depths(g.depths()),
                g.width(), c.data().description(), c.data().trainX().rows(), Counts.seeds(g.seeds()), g.batch(),
                g.learningRateText(), g.initText(), Counts.epochs(g.epochs()), which, k);
    }

    private static String residualText(List<Integer> residuals) {
        return residuals.stream().filter(k -> k > 0).map(String::valueOf).findFirst().orElse("(none)");
    }

    /** One figure per activation: a line per remedy over depth. */
    static List<Drawn> perActivation(Cells c, String file, String title, String yLabel, Metric m, Scale scale) {
        List<Drawn> out = new ArrayList<>();
        for (ByRemedy a : ByRemedy.of(c)) {
            LineChart chart = new LineChart(title + ", " + a.activation() + " (" + Counts.meanOf(c.seeds(), true)
                    + ")", "hidden layers", yLabel, m == Metric.FIRST_LAYER_GRADIENT_AT_INIT ? a.gradientLines()
                    : a.lines(m, true), scale, true);
            out.add(new Drawn(file + "-" + a.activation() + ".png", title + ", " + a.activation(),
                    m == Metric.TEST_ACCURACY ? chart.asFraction() : chart));
        }
        return out;
    }

    /** Each activation's training curves at the greatest depth, one per remedy. */
    static List<Drawn> curves(Cells c) {
        List<Drawn> out = new ArrayList<>();
        int deepest = c.grid().maxDepth();
        for (ByRemedy a : ByRemedy.of(c)) {
            out.add(new Drawn("training-loss-depth-" + deepest + "-" + a.activation() + ".png", "Training loss over "
                    + "the epochs at " + Counts.hiddenLayers(deepest) + ", " + a.activation(), new LineChart(
                    "Training loss, " + a.activation() + " at " + Counts.hiddenLayers(deepest) + " ("
                            + Counts.meanOf(c.seeds(), false) + ")", "epoch", "training loss (log scale)",
                    a.curvesAt(deepest), Scale.LOG, true)));
        }
        return out;
    }

    private static List<List<String>> summary(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (ByRemedy a : ByRemedy.of(c)) {
            a.remedies().forEach((r, cells) -> {
                for (Cell cell : cells.cells()) {
                    var lowest = cell.stat(Lowest.TRAIN_LOSS);
                    rows.add(List.of(a.activation(), r.label(), Integer.toString(cell.spec().depth()),
                            cell.trained().isEmpty() ? "every run diverged"
                                    : String.format("%.4f +/- %.4f", lowest.mean(), lowest.sd()),
                            cell.meanText(Metric.TEST_ACCURACY, "%.3f"),
                            cell.trained().isEmpty() ? "n/a" : cell.accuracyCi95Text(c.data().testX().rows()),
                            cell.meanText(Metric.FIRST_LAYER_GRADIENT_AT_INIT, "%.2e"),
                            cell.diverged() + " of " + cell.seeds()));
                }
            });
        }
        return rows;
    }
}
