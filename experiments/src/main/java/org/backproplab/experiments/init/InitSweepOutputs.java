package org.backproplab.experiments.init;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.HeatMap;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** Writes the init sweep's summary.csv, one accuracy-vs-depth figure per activation, and its report. */
final class InitSweepOutputs {
    private InitSweepOutputs() {
    }

    /** Test accuracy of one activation, initialization (rows) x depth (columns), mean over the seeds. */
    static HeatMap heatMap(String activation, Map<String, Map<Integer, List<RunResult>>> byInit, int seeds) {
        List<String> inits = new ArrayList<>(byInit.keySet());
        List<Integer> depths = byInit.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted()
                .toList();
        double[][] values = new double[inits.size()][depths.size()];
        for (int i = 0; i < inits.size(); i++) {
            for (int d = 0; d < depths.size(); d++) {
                List<RunResult> runs = byInit.get(inits.get(i)).get(depths.get(d));
                values[i][d] = runs == null ? Double.NaN
                        : MeanSd.of(runs.stream().mapToDouble(r -> r.last().testAccuracy()).toArray()).mean();
            }
        }
        return new HeatMap("Test accuracy of " + activation + " networks, initialization x depth ("
                + Counts.meanOf(seeds, false) + ")", "hidden layers", "initialization", depths.stream().map(String::valueOf).toList(), inits,
                values, "test accuracy", 0, 1);
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results) throws IOException {
        // activation -> init -> depth -> runs
        Map<String, Map<String, Map<Integer, List<RunResult>>>> cells = new LinkedHashMap<>();
        for (RunResult r : results) {
            cells.computeIfAbsent(r.spec().hidden().name(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.spec().initializer().name(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.spec().depth(), k -> new ArrayList<>()).add(r);
        }
        // Each initialization in one colour in every activation's figure.
        Colours inits = Colours.categories(results.stream().map(r -> r.spec().initializer().name()).distinct()
                .toList());
        double chance = 1.0 / data.classes();
        List<String> findings = new ArrayList<>();
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "init", "depth", "seeds",
                "diverged", "final_train_loss_mean", "test_accuracy_mean", "test_accuracy_sd")) {
            for (var byActivation : cells.entrySet()) {
                List<Series> series = new ArrayList<>();
                List<String> trainDeep = new ArrayList<>();
                for (var byInit : byActivation.getValue().entrySet()) {
                    List<Integer> depths = new ArrayList<>(byInit.getValue().keySet());
                    double[] x = depths.stream().mapToDouble(d -> d).toArray();
                    double[] mean = new double[x.length];
                    double[] sd = new double[x.length];
                    for (int i = 0; i < depths.size(); i++) {
                        List<RunResult> runs = byInit.getValue().get(depths.get(i));
                        MeanSd acc = MeanSd.of(runs.stream().mapToDouble(r -> r.last().testAccuracy()).toArray());
                        MeanSd loss = MeanSd.of(runs.stream().mapToDouble(r -> r.last().trainLoss()).toArray());
                        mean[i] = acc.mean();
                        sd[i] = acc.sd();
                        csv.row(byActivation.getKey(), byInit.getKey(), depths.get(i), runs.size(),
                                runs.stream().filter(RunResult::diverged).count(), loss.mean(), acc.mean(), acc.sd());
                    }
                    series.add(new Series(byInit.getKey(), x, mean, sd));
                    if (mean[mean.length - 1] > chance + 0.5) {
                        trainDeep.add(String.format("%s (%.3f)", byInit.getKey(), mean[mean.length - 1]));
                    }
                }
                int deepest = byActivation.getValue().values().iterator().next().keySet().stream()
                        .mapToInt(Integer::intValue).max().orElse(0);
                findings.add(String.format("%s at depth %d: %s.", byActivation.getKey(), deepest,
                        trainDeep.isEmpty() ? "no initialization gets it past chance + 0.5 test accuracy"
                                : "trains with " + String.join(", ", trainDeep)));
                heatMap(byActivation.getKey(), byActivation.getValue(), grid.seeds())
                        .writePng(ctx.file("heatmap-" + byActivation.getKey() + ".png"), 900, 460);
                new LineChart("Test accuracy vs depth, " + byActivation.getKey() + ", one line per initialization",
                        "hidden layers", "test accuracy", series, Scale.LINEAR, true).asFraction()
                        .withColours(inits)
                        .writePng(ctx.file("accuracy-vs-depth-" + byActivation.getKey() + ".png"), 900, 560);
            }
        }
        MarkdownReport r = new MarkdownReport("Initialization x depth");
        RunResult any = results.get(0);
        r.paragraph(String.format("Each activation with each initialization at several depths, %d-unit layers, "
                + "softmax cross-entropy, mini-batch " + any.spec().optimizer().name() + " (batch %d, learning rate "
                + grid.learningRateText() + ") "
                + "for %s on %s, %s each. A combination trains deep when its mean test accuracy at the greatest "
                + "depth is more than 0.5 above chance (%.2f).", any.spec().width(), any.spec().batchSize(),
                Counts.epochs(any.spec().epochs()), data.description(), Counts.seeds(grid.seeds()), chance));
        r.heading("What it shows");
        r.bullets(findings);
        for (String a : cells.keySet()) {
            r.image("Test accuracy, initialization x depth, " + a, "heatmap-" + a + ".png");
        }
        for (String a : cells.keySet()) {
            r.image("Test accuracy vs depth, " + a, "accuracy-vs-depth-" + a + ".png");
        }
        List<List<String>> rows = new ArrayList<>();
        for (var byActivation : cells.entrySet()) {
            for (var byInit : byActivation.getValue().entrySet()) {
                int deepest = byInit.getValue().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                double[] acc = byInit.getValue().get(deepest).stream().mapToDouble(x -> x.last().testAccuracy())
                        .toArray();
                rows.add(List.of(byActivation.getKey(), byInit.getKey(), Integer.toString(deepest),
                        String.format("%.3f", MeanSd.of(acc).mean()), SeedStats.accuracyCi95Text(acc,
                                data.testX().rows())));
            }
        }
        r.heading("At the greatest depth");
        r.table(List.of("activation", "initialization", "depth", "test accuracy (mean)", "95% CI"), rows);
        r.paragraph(SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(grid.seeds()));
        r.paragraph("Every combination is in summary.csv.");
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }
}
