package org.backproplab.experiments.lr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.Rates;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** lr-sweep's summary.csv, runs.csv, figures and report. */
final class LrOutputs {
    private LrOutputs() {
    }

    /** The runs of one activation at one learning rate. */
    record Cell(String activation, double lr, List<RunResult> runs) {
        long diverged() {
            return runs.stream().filter(RunResult::diverged).count();
        }

        /** Over the runs that did not diverge. */
        MeanSd finalLoss() {
            return MeanSd.of(runs.stream().filter(r -> !r.diverged()).mapToDouble(r -> r.last().trainLoss())
                    .toArray());
        }

        MeanSd testAccuracy() {
            return MeanSd.of(runs.stream().filter(r -> !r.diverged()).mapToDouble(r -> r.last().testAccuracy())
                    .toArray());
        }
    }

    /**
     * Every rate at which a run diverged, with how many of its runs did: rates are not ordered by failure (a rate
     * can diverge where a larger one stops at a huge finite loss), so none is called the rate "from" which runs
     * diverge.
     */
    static String diverged(List<Cell> cells) {
        List<String> at = cells.stream().filter(c -> c.diverged() > 0)
                .map(c -> Rates.text(c.lr()) + " (" + c.diverged() + " of " + c.runs().size() + ")").toList();
        return at.isEmpty() ? "; no run's loss became NaN or infinite"
                : "; runs diverged (loss NaN or infinite) at learning rate" + (at.size() > 1 ? "s " : " ")
                        + String.join(", ", at);
    }

    /**
     * Rates whose runs ended with a finite loss above the one they started from: they blew up without a NaN, which
     * "no run diverged" would hide.
     */
    static String blewUp(List<Cell> cells) {
        List<String> at = new ArrayList<>();
        double start = Double.NaN;
        for (Cell c : cells) {
            double initial = MeanSd.of(c.runs().stream().mapToDouble(r -> r.first().trainLoss()).toArray()).mean();
            if (c.finalLoss().n() > 0 && c.finalLoss().mean() > initial) {
                at.add(String.format("%s (%.3g)", Rates.text(c.lr()), c.finalLoss().mean()));
                start = initial;
            }
        }
        return at.isEmpty() ? "" : String.format("; at learning rate%s %s the final loss is above the %.3g it "
                + "started from: those runs blew up without a NaN", at.size() > 1 ? "s" : "", String.join(", ", at),
                start);
    }

    /**
     * Final loss against the learning rate on log-log axes, one line per activation (mean of the runs that did not
     * diverge, band +/- 1 sd), and a cross in the activation's colour at every rate where a run diverged: on the
     * line where the others still give a value, at the top of the chart where every run diverged.
     */
    static LineChart lossFigure(Map<String, List<Cell>> byActivation, int seeds) {
        double top = byActivation.values().stream().flatMap(List::stream).mapToDouble(c -> c.finalLoss().mean())
                .filter(Double::isFinite).max().orElse(1.0) * 2;
        List<Series> series = new ArrayList<>();
        List<Series> marks = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> e : byActivation.entrySet()) {
            List<Cell> cs = e.getValue();
            series.add(new Series(e.getKey(), cs.stream().mapToDouble(Cell::lr).toArray(),
                    cs.stream().mapToDouble(c -> c.finalLoss().mean()).toArray(),
                    cs.stream().mapToDouble(c -> c.finalLoss().sd()).toArray()));
            List<Cell> diverged = cs.stream().filter(c -> c.diverged() > 0).toList();
            if (!diverged.isEmpty()) {
                marks.add(Series.crosses(e.getKey() + ", runs diverged", diverged.stream().mapToDouble(Cell::lr)
                        .toArray(), diverged.stream().mapToDouble(c -> c.finalLoss().n() > 0 ? c.finalLoss().mean()
                        : top).toArray()));
            }
        }
        series.addAll(marks);
        return new LineChart("Final training loss vs learning rate (" + Counts.meanOf(seeds, true) + "; x: a "
                + "run diverged)", "learning rate (log scale)", "final training loss (log scale)", series, Scale.LOG,
                false).withLogX();
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results) throws IOException {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (RunResult r : results) {
            String key = r.spec().hidden().name() + "/" + r.spec().learningRate();
            cells.computeIfAbsent(key, k -> new Cell(r.spec().hidden().name(), r.spec().learningRate(),
                    new ArrayList<>())).runs().add(r);
        }
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "lr", "seeds", "diverged",
                "final_train_loss_mean", "final_train_loss_sd", "test_accuracy_mean", "test_accuracy_sd")) {
            for (Cell c : cells.values()) {
                csv.row(c.activation(), c.lr(), c.runs().size(), c.diverged(), c.finalLoss().mean(),
                        c.finalLoss().sd(), c.testAccuracy().mean(), c.testAccuracy().sd());
            }
        }
        try (CsvWriter csv = CsvWriter.create(ctx.file("runs.csv"), "activation", "lr", "seed", "diverged_at_epoch",
                "epoch", "train_loss", "test_accuracy")) {
            for (RunResult r : results) {
                for (var e : r.epochs()) {
                    csv.row(r.spec().hidden().name(), r.spec().learningRate(), r.spec().seed(),
                            r.diverged() ? r.divergedAt() : "", e.epoch(), e.trainLoss(), e.testAccuracy());
                }
            }
        }
        Map<String, List<Cell>> byActivation = new LinkedHashMap<>();
        for (Cell c : cells.values()) {
            byActivation.computeIfAbsent(c.activation(), k -> new ArrayList<>()).add(c);
        }
        int seeds = grid.seeds();
        lossFigure(byActivation, seeds).writePng(ctx.file("loss-vs-lr.png"), 900, 560);

        MarkdownReport r = new MarkdownReport("Learning-rate sweep");
        RunResult any = results.get(0);
        r.paragraph(String.format("Networks of %s of %d units (each activation with its matched "
                + "initialization), softmax cross-entropy, mini-batch " + any.spec().optimizer().name() + " with batch %d "
                + "for %s on %s, at learning "
                + "rates " + grid.learningRateText() + ", %s each. A run whose training loss becomes NaN or "
                + "infinite is stopped and counted as diverged; the loss means leave diverged runs out. %s %s",
                Counts.hiddenLayers(any.spec().depth()), any.spec().width(), any.spec().batchSize(),
                Counts.epochs(any.spec().epochs()), data.description(), Counts.seeds(seeds), SeedStats.INTERVALS,
                SeedStats.fewSeedsNote(seeds)));
        r.heading("What it shows");
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> e : byActivation.entrySet()) {
            Cell best = e.getValue().stream().filter(c -> c.finalLoss().n() > 0)
                    .min((a, b) -> Double.compare(a.finalLoss().mean(), b.finalLoss().mean())).orElse(null);
            // Failing without a NaN: a network no better than guessing (a ReLU net whose units all died).
            double chance = 1.0 / data.classes();
            Cell firstFailed = best == null ? null : e.getValue().stream()
                    .filter(c -> c.lr() > best.lr() && c.testAccuracy().n() > 0
                            && c.testAccuracy().mean() < chance + 0.05)
                    .findFirst().orElse(null);
            findings.add(String.format("%s: lowest final loss %s%s%s%s.", e.getKey(),
                    best == null ? "none (every run diverged)" : String.format("%.3g at learning rate %s (test "
                            + "accuracy %.3f, 95%% CI %s)", best.finalLoss().mean(), Rates.text(best.lr()),
                            best.testAccuracy().mean(), SeedStats.accuracyCi95Text(best.runs().stream()
                                    .filter(x -> !x.diverged()).mapToDouble(x -> x.last().testAccuracy()).toArray(),
                                    data.testX().rows())),
                    diverged(e.getValue()), blewUp(e.getValue()),
                    firstFailed == null ? "" : String.format("; at learning rate %s the networks that did not "
                            + "diverge do no better than guessing (test accuracy %.3f, chance %.3f): training failed "
                            + "without a NaN", Rates.text(firstFailed.lr()), firstFailed.testAccuracy().mean(),
                            chance)));
        }
        r.bullets(findings);
        r.image("Final loss vs learning rate", "loss-vs-lr.png");
        List<List<String>> rows = new ArrayList<>();
        for (Cell c : cells.values()) {
            if (c.diverged() > 0) {
                rows.add(List.of(c.activation(), Rates.text(c.lr()), c.diverged() + " of "
                        + c.runs().size(), c.runs().stream().filter(RunResult::diverged)
                        .map(x -> Integer.toString(x.divergedAt()))
                        .collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        if (!rows.isEmpty()) {
            r.paragraph("Runs that diverged (their loss became NaN or infinite; each was stopped at that epoch):");
            r.table(List.of("activation", "learning rate", "diverged", "at epoch"), rows);
        }
        r.paragraph("Every configuration is in summary.csv, every epoch of every run in runs.csv.");
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }
}
