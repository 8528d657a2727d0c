package org.backproplab.experiments.family;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.EpochMeans;
import org.backproplab.experiments.run.EpochRecord;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.Rates;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.RunSpec;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.BoxPlot;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Writes the ReLU family's summary.csv (statistics and paired tests against ReLU), its figures and report. Runs
 * come in seed order within each activation, which the pairing relies on.
 */
final class ReluFamilyOutputs {
    static final double LOSS_THRESHOLD = 0.1;

    private ReluFamilyOutputs() {
    }

    /** Per activation, in declaration order; within each, runs in seed order (the pairing relies on it). */
    static Map<String, List<RunResult>> byActivation(List<RunResult> results) {
        Map<String, List<RunResult>> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            out.computeIfAbsent(r.spec().hidden().name(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static int epochsTo(RunResult r, double threshold) {
        for (var e : r.epochs()) {
            if (e.trainLoss() < threshold) {
                return e.epoch();
            }
        }
        return -1;
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results) throws IOException {
        Map<String, List<RunResult>> groups = byActivation(results);
        String baselineName = groups.containsKey("relu") ? "relu" : groups.keySet().iterator().next();
        double[] baseline = accuracies(groups.get(baselineName));
        List<String> names = new ArrayList<>(groups.keySet());
        double[] p = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            p[i] = names.get(i).equals(baselineName) ? Double.NaN
                    : SeedStats.pairedP(accuracies(groups.get(names.get(i))), baseline);
        }
        double[] holm = SeedStats.holm(p);
        List<List<String>> rows = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "seeds",
                "test_accuracy_mean", "test_accuracy_sd", "test_accuracy_ci95_low", "test_accuracy_ci95_high",
                "final_train_loss_mean", "final_train_loss_sd", "final_train_loss_ci95_low",
                "final_train_loss_ci95_high", "epochs_to_loss_0.1_mean", "runs_reaching_loss_0.1", "diverged",
                "accuracy_diff_vs_" + baselineName, "p_value_vs_" + baselineName, "p_holm", "significant_at_0.05")) {
            for (int i = 0; i < names.size(); i++) {
                List<RunResult> runs = groups.get(names.get(i));
                double[] acc = accuracies(runs);
                double[] loss = runs.stream().mapToDouble(r -> r.last().trainLoss()).toArray();
                MeanSd a = MeanSd.of(acc);
                MeanSd l = MeanSd.of(loss);
                double[] ca = SeedStats.accuracyCi95(acc, data.testX().rows());
                double[] cl = SeedStats.positiveCi95(loss);
                double[] reached = runs.stream().mapToDouble(r -> epochsTo(r, LOSS_THRESHOLD)).filter(e -> e >= 0)
                        .toArray();
                MeanSd speed = MeanSd.of(reached);
                double diff = a.mean() - MeanSd.of(baseline).mean();
                boolean significant = !Double.isNaN(holm[i]) && holm[i] < 0.05;
                csv.row(names.get(i), runs.size(), a.mean(), a.sd(), ca[0], ca[1], l.mean(), l.sd(), cl[0], cl[1],
                        speed.mean(), reached.length, runs.stream().filter(RunResult::diverged).count(),
                        names.get(i).equals(baselineName) ? "" : diff, Double.isNaN(p[i]) ? "" : p[i],
                        Double.isNaN(holm[i]) ? "" : holm[i], names.get(i).equals(baselineName) ? "" : significant);
                rows.add(List.of(names.get(i), String.format("%.3f [%.3f, %.3f]", a.mean(), ca[0], ca[1]),
                        String.format("%.2e", l.mean()),
                        reached.length == 0 ? "never" : String.format("%.1f (%d/%d)", speed.mean(), reached.length,
                                runs.size()),
                        Double.isNaN(holm[i]) ? "baseline" : String.format("%+.3f, p = %.3f (Holm %.3f)%s", diff,
                                p[i], holm[i], significant ? " *" : "")));
                if (!Double.isNaN(holm[i])) {
                    findings.add(String.format("%s: %s in test accuracy, %s (Holm-adjusted p = %.3f).",
                            names.get(i), difference(diff, baselineName),
                            significant ? "a difference the seeds support" : "within what the seeds' noise explains",
                            holm[i]));
                }
            }
        }
        // Speed of convergence, which can differ where final accuracy does not.
        String fastest = null;
        String slowest = null;
        double fast = Double.POSITIVE_INFINITY;
        double slow = Double.NEGATIVE_INFINITY;
        for (String name : names) {
            double[] reached = groups.get(name).stream().mapToDouble(x -> epochsTo(x, LOSS_THRESHOLD))
                    .filter(e -> e >= 0).toArray();
            double m = reached.length == groups.get(name).size() ? MeanSd.of(reached).mean()
                    : Double.POSITIVE_INFINITY; // a run that never gets there makes the activation the slowest
            if (m < fast) {
                fast = m;
                fastest = name;
            }
            if (m > slow) {
                slow = m;
                slowest = name;
            }
        }
        findings.add(String.format("Speed: the mean number of epochs to a training loss of %s ranges from %.1f "
                + "(%s) to %s (%s).", LOSS_THRESHOLD, fast, fastest,
                Double.isInfinite(slow) ? "never, for some seeds" : String.format("%.1f", slow), slowest));
        List<Series> curves = new ArrayList<>();
        boolean ragged = false;
        for (String name : names) {
            EpochMeans mean = EpochMeans.of(groups.get(name), EpochRecord::trainLoss);
            ragged |= mean.ragged();
            curves.add(mean.series(name, false));
        }
        new LineChart("Training loss, the ReLU family (" + Counts.meanOf(groups.get(baselineName).size(), false)
                + (ragged ? "; " + EpochMeans.RAGGED : "") + ")", "epoch", "training loss (log scale)", curves,
                Scale.LOG, true).writePng(ctx.file("convergence.png"), 900, 600);

        boxes(groups, groups.get(baselineName).size()).writePng(ctx.file("accuracy-boxes.png"), 900, 560);

        RunSpec any = results.get(0).spec();
        MarkdownReport r = new MarkdownReport("The ReLU family, compared with statistics");
        r.paragraph(String.format("%s of %d units, each activation with its matched initialization, "
                + "softmax cross-entropy, mini-batch " + any.optimizer().name() + " (learning rate %s, batch %d) for %s "
                + "on %s, %s. Seed "
                + "k gives every activation the same initial-weight stream and batch order, so the comparison with "
                + "%s is paired. %s Loss intervals are of the geometric mean over the seeds (Student's t on the "
                + "log scale, so they stay above 0). p-values are two-sided paired "
                + "t-tests of test accuracy, adjusted by Holm's method over the %d comparisons; * marks adjusted "
                + "p < 0.05. %s", Counts.hiddenLayers(any.depth()), any.width(), Rates.text(any.learningRate()),
                any.batchSize(), Counts.epochs(any.epochs()), data.description(),
                Counts.seeds(groups.get(baselineName).size()), baselineName,
                SeedStats.INTERVALS, names.size() - 1, SeedStats.fewSeedsNote(groups.get(baselineName).size())));
        r.heading("What it shows");
        r.bullets(findings);
        r.table(List.of("activation", "test accuracy [95% CI]", "final train loss",
                "epochs to loss " + LOSS_THRESHOLD, "vs " + baselineName), rows);
        r.image("Test accuracy of each activation across the seeds", "accuracy-boxes.png");
        r.image("Convergence", "convergence.png");
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }

    /** One box per activation: its test accuracy on each seed (NaN, left out and counted, where a run diverged). */
    static BoxPlot boxes(Map<String, List<RunResult>> groups, int seeds) {
        List<BoxPlot.Box> boxes = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            boxes.add(new BoxPlot.Box(g.getKey(), g.getValue().stream()
                    .mapToDouble(r -> r.diverged() ? Double.NaN : r.last().testAccuracy()).toArray()));
        }
        return new BoxPlot("Test accuracy across " + Counts.seeds(seeds) + " (box: quartiles, whiskers: range, dots: seeds)",
                "activation", "test accuracy", boxes);
    }

    /**
     * "higher than relu by 0.012", or, where the difference rounds to 0 at three decimals, "the same as relu's to
     * three decimals" (not "lower than relu by 0.000").
     */
    static String difference(double diff, String baseline) {
        if (Math.abs(diff) < 0.0005) {
            return "the same as " + baseline + "'s to three decimals" + (diff == 0 ? ""
                    : String.format(" (%s by %.1e)", diff > 0 ? "higher" : "lower", Math.abs(diff)));
        }
        return String.format("%s than %s by %.3f", diff > 0 ? "higher" : "lower", baseline, Math.abs(diff));
    }

    private static double[] accuracies(List<RunResult> runs) {
        return runs.stream().mapToDouble(r -> r.last().testAccuracy()).toArray();
    }
}
