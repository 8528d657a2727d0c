package org.backproplab.experiments.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.EpochMeans;
import org.backproplab.experiments.run.EpochRecord;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.HeatMap;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** Writes the depth sweep's runs.csv, summary.csv, figures and report from its results. */
final class DepthSweepOutputs {
    private DepthSweepOutputs() {
    }

    /** The runs of one activation at one depth, over all seeds, and their statistics. */
    record Cell(Activation activation, int depth, List<RunResult> runs) {
        MeanSd finalTrainLoss() {
            return MeanSd.of(runs.stream().mapToDouble(r -> r.last().trainLoss()).toArray());
        }

        MeanSd testAccuracy() {
            return MeanSd.of(runs.stream().mapToDouble(r -> r.last().testAccuracy()).toArray());
        }

        /** First hidden layer's gradient norm at initialization. */
        MeanSd firstLayerGradientAtInit() {
            return MeanSd.of(runs.stream().mapToDouble(r -> r.first().firstLayerGradient()).toArray());
        }

        /** First layer's over the output layer's gradient norm at initialization: < 1 means it shrank. */
        MeanSd gradientRatioAtInit() {
            return MeanSd.of(runs.stream()
                    .mapToDouble(r -> r.first().firstLayerGradient() / r.first().lastLayerGradient()).toArray());
        }

        MeanSd millis() {
            return MeanSd.of(runs.stream().mapToDouble(RunResult::millis).toArray());
        }

        /** The training loss after each epoch, each epoch the mean over the seeds still training then. */
        EpochMeans trainLossCurve() {
            return EpochMeans.of(runs, EpochRecord::trainLoss);
        }
    }

    static List<Cell> cells(Grid config, List<RunResult> results) {
        Map<String, List<RunResult>> byCell = new LinkedHashMap<>();
        for (RunResult r : results) {
            byCell.computeIfAbsent(r.spec().hidden().name() + "/" + r.spec().depth(), k -> new ArrayList<>()).add(r);
        }
        List<Cell> cells = new ArrayList<>();
        for (List<RunResult> runs : byCell.values()) {
            cells.add(new Cell(runs.get(0).spec().hidden(), runs.get(0).spec().depth(), runs));
        }
        return cells;
    }

    static void write(RunContext ctx, Grid config, TrainingData data, List<RunResult> results)
            throws IOException {
        writeRuns(ctx, results);
        List<Cell> cells = cells(config, results);
        writeSummary(ctx, cells);
        writeCharts(ctx, config, cells);
        List<String> boundaries = new ArrayList<>();
        if (data.inputs() == 2) {
            // On a 2-D set, what the shallowest and the deepest network of each activation make of the plane.
            for (Cell c : cells) {
                if (c.depth() == config.depths().get(0) || c.depth() == config.maxDepth()) {
                    RunResult first = c.runs().get(0);
                    String file = "boundary-" + c.activation().name() + "-depth-" + c.depth() + ".png";
                    DepthSweep.BOUNDARY.boundary(first, data, String.format("%s, %s, seed %d: test accuracy "
                            + "%.3f", c.activation().name(), Counts.hiddenLayers(c.depth()), first.spec().seed(),
                            first.last().testAccuracy())).writePng(ctx.file(file), 700, 620);
                    boundaries.add(file);
                }
            }
        }
        DepthSweepReport.write(ctx, config, data, cells, boundaries);
    }

    private static void writeRuns(RunContext ctx, List<RunResult> results) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("runs.csv"), "activation", "depth", "seed",
                "diverged_at_epoch", "epoch", "train_loss", "test_loss", "test_accuracy", "train_accuracy",
                "first_layer_gradient",
                "output_layer_gradient")) {
            for (RunResult r : results) {
                for (EpochRecord e : r.epochs()) {
                    csv.row(r.spec().hidden().name(), r.spec().depth(), r.spec().seed(),
                            r.diverged() ? r.divergedAt() : "", e.epoch(), e.trainLoss(),
                            e.testLoss(), e.testAccuracy(), e.trainAccuracy(), e.firstLayerGradient(),
                            e.lastLayerGradient());
                }
            }
        }
    }

    static void writeSummary(RunContext ctx, List<Cell> cells) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "depth", "seeds",
                "final_train_loss_mean", "final_train_loss_sd", "test_accuracy_mean", "test_accuracy_sd",
                "first_layer_gradient_at_init_mean", "gradient_ratio_at_init_mean", "diverged", "train_time_ms")) {
            for (Cell c : cells) {
                // A diverged run's loss is NaN and left out of the loss mean; "diverged" says how many were.
                csv.row(c.activation().name(), c.depth(), c.runs().size(), c.finalTrainLoss().mean(),
                        c.finalTrainLoss().sd(), c.testAccuracy().mean(), c.testAccuracy().sd(),
                        c.firstLayerGradientAtInit().mean(), c.gradientRatioAtInit().mean(),
                        c.runs().stream().filter(RunResult::diverged).count(), c.millis().mean());
            }
        }
    }

    /** One series per activation over depth, from the statistic {@code stat} of each cell. */
    private static List<Series> byDepth(Grid config, List<Cell> cells,
            java.util.function.Function<Cell, MeanSd> stat, boolean band) {
        List<Series> series = new ArrayList<>();
        for (Activation a : config.activations()) {
            List<Cell> mine = cells.stream().filter(c -> c.activation().equals(a)).toList();
            double[] x = mine.stream().mapToDouble(Cell::depth).toArray();
            double[] y = mine.stream().mapToDouble(c -> stat.apply(c).mean()).toArray();
            double[] sd = band ? mine.stream().mapToDouble(c -> stat.apply(c).sd()).toArray() : null;
            series.add(new Series(a.name(), x, y, sd));
        }
        return series;
    }

    private static void writeCharts(RunContext ctx, Grid config, List<Cell> cells) throws IOException {
        for (Map.Entry<String, LineChart> f : figures(config, cells).entrySet()) {
            f.getValue().writePng(ctx.file(f.getKey()), 900, 560);
        }
        heatMap(config, cells).writePng(ctx.file("test-accuracy-heatmap.png"), 900, 420);
    }

    /** Test accuracy, activation (rows) x depth (columns), mean over the seeds: the sweep at a glance. */
    static HeatMap heatMap(Grid config, List<Cell> cells) {
        List<Integer> depths = cells.stream().map(Cell::depth).distinct().sorted().toList();
        List<String> rows = config.activations().stream().map(Activation::name).toList();
        double[][] values = new double[rows.size()][depths.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Cell c : cells) {
            values[rows.indexOf(c.activation().name())][depths.indexOf(c.depth())] = c.testAccuracy().mean();
        }
        return new HeatMap("Test accuracy, activation x depth (" + Counts.meanOf(config.seeds(), false) + ")",
                "hidden layers", "activation", depths.stream().map(String::valueOf).toList(), rows, values,
                "test accuracy", 0, 1);
    }

    /** Every line figure, by file name, built from the same cells as summary.csv. */
    static Map<String, LineChart> figures(Grid config, List<Cell> cells) {
        Map<String, LineChart> figures = new LinkedHashMap<>();
        String seeds = " (" + Counts.meanOf(config.seeds(), true) + ")";
        figures.put("test-accuracy-vs-depth.png", new LineChart("Test accuracy vs depth" + seeds, "hidden layers",
                "test accuracy", byDepth(config, cells, Cell::testAccuracy, true), Scale.LINEAR, true).asFraction());
        figures.put("train-loss-vs-depth.png", new LineChart("Final training loss vs depth" + seeds,
                "hidden layers", "training loss (log scale)", byDepth(config, cells, Cell::finalTrainLoss, true),
                Scale.LOG, true));
        figures.put("gradient-ratio-vs-depth.png", new LineChart("Gradient reaching the first layer, at "
                + "initialization" + seeds, "hidden layers", "|dJ/dW| first layer / |dJ/dW| output layer (log)",
                byDepth(config, cells, Cell::gradientRatioAtInit, true), Scale.LOG, true));
        List<Integer> depths = cells.stream().map(Cell::depth).distinct().sorted().toList();
        List<Integer> shown = shownInCurves(depths);
        List<String> names = shown.stream().map(d -> "depth " + d).toList();
        for (Activation a : config.activations()) {
            List<Series> curves = new ArrayList<>();
            boolean ragged = false;
            for (Cell c : cells) {
                if (c.activation().equals(a) && shown.contains(c.depth())) {
                    EpochMeans loss = c.trainLossCurve();
                    ragged |= loss.ragged();
                    curves.add(loss.series("depth " + c.depth(), false));
                }
            }
            String which = shown.size() == depths.size() ? "" : ", depths " + shown.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " of " + depths.size();
            figures.put("training-loss-" + a.name() + ".png", new LineChart("Training loss, " + a.name() + which
                    + " (" + Counts.meanOf(config.seeds(), false) + (ragged ? "; " + EpochMeans.RAGGED : "") + ")",
                    "epoch", "training loss on the whole training set (log scale)", curves, Scale.LOG, true)
                    .withColours(Colours.ordered(names)));
        }
        return figures;
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
}
