package org.backproplab.experiments.dl4jparity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** dl4j-parity's summary.csv, curves.csv, figures and report. */
final class ParityOutputs {
    private ParityOutputs() {
    }

    /** Steps in the running mean of the loss-curve figures. */
    static final int WINDOW = 20;

    /** The mean of each value and the {@code window - 1} before it (fewer at the start). */
    static double[] runningMean(double[] v, int window) {
        double[] out = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            if (i >= window) {
                sum -= v[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    static void write(RunContext ctx, int steps, List<ParityResult> results) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "network", "optimizer", "steps",
                "max_loss_diff", "max_param_rel_diff", "engine_step_ms", "dl4j_step_ms")) {
            for (ParityResult r : results) {
                csv.row(r.c().name(), r.c().optimizer().description(), steps, r.maxLossDiff(), r.maxParamDiff(),
                        r.engineMicrosPerStep() / 1000, r.dl4jMicrosPerStep() / 1000);
            }
        }
        try (CsvWriter csv = CsvWriter.create(ctx.file("curves.csv"), "network", "optimizer", "step", "engine_loss",
                "dl4j_loss")) {
            for (ParityResult r : results) {
                for (int s = 0; s < steps; s++) {
                    csv.row(r.c().name(), r.c().optimizer().description(), s, r.engineLoss()[s], r.dl4jLoss()[s]);
                }
            }
        }
        double[] step = new double[steps];
        for (int s = 0; s < steps; s++) {
            step[s] = s;
        }
        // One colour per network in both figures of both optimizers: its engine line, its DL4J dots, its difference.
        Colours networks = Colours.categories(results.stream().map(r -> r.c().name()).distinct().toList());
        for (String optimizer : List.of("sgd", "adam")) {
            List<Series> curves = new ArrayList<>();
            List<Series> diffs = new ArrayList<>();
            for (ParityResult r : results) {
                if (!r.c().optimizer().description().startsWith(optimizer)) {
                    continue;
                }
                // The batch loss jumps from batch to batch (the 2-2-2 network alternates between its two
                // samples), which drew a solid band; both engines' losses are smoothed alike, so where DL4J's dots
                // sit on the engine's line, the two still agree step for step.
                double[] engine = runningMean(r.engineLoss(), WINDOW);
                double[] dl4j = runningMean(r.dl4jLoss(), WINDOW);
                curves.add(Series.of(r.c().name() + ": engine", step, engine));
                // DL4J as dots every 10th step over the engine's line.
                int n = (steps + 9) / 10;
                double[] sx = new double[n];
                double[] sy = new double[n];
                for (int k = 0; k < n; k++) {
                    sx[k] = step[10 * k];
                    sy[k] = dl4j[10 * k];
                }
                curves.add(Series.points(r.c().name() + ": DL4J (every 10th step)", sx, sy));
                double[] d = new double[steps];
                for (int s = 0; s < steps; s++) {
                    d[s] = Math.abs(r.engineLoss()[s] - r.dl4jLoss()[s]);
                }
                diffs.add(Series.of(r.c().name(), step, d));
            }
            new LineChart("Training loss: engine (lines), DL4J (dots) (" + optimizer + ")", "step",
                    "batch loss, mean of the last " + WINDOW + " steps (log scale)", curves, Scale.LOG, true)
                    .withColours(networks).writePng(ctx.file("loss-curves-" + optimizer + ".png"), 900, 600);
            new LineChart("|engine loss - DL4J loss| per step (" + optimizer + "; exact zeros not shown)", "step",
                    "absolute difference (log scale)", diffs, Scale.LOG, true).withColours(networks)
                    .writePng(ctx.file("loss-difference-" + optimizer + ".png"), 900, 560);
        }
        MarkdownReport report = new MarkdownReport("DL4J parity: the same training in both engines");
        double worstLoss = results.stream().mapToDouble(ParityResult::maxLossDiff).max().orElse(Double.NaN);
        double worstParam = results.stream().mapToDouble(ParityResult::maxParamDiff).max().orElse(Double.NaN);
        report.paragraph(String.format("%d trainings of %d steps, each started from the same weights in the engine "
                + "and in DL4J (double precision) and fed the same mini-batches in the same order. Largest "
                + "difference between the two loss curves at any step: %.2e. Largest relative difference of any "
                + "weight or bias after training: %.2e. Times per step are wall-clock means over the run, "
                + "single-threaded engine, DL4J as configured by default: a rough guide only, since "
                + "they include the JIT's warm-up and whatever else the machine was doing; the measured speeds are "
                + "the JMH benchmarks' (benchmarks/run, results in benchmarks/README.md).",
                results.size(), steps, worstLoss, worstParam));
        List<List<String>> rows = new ArrayList<>();
        for (ParityResult r : results) {
            rows.add(List.of(r.c().name(), r.c().optimizer().description(), String.format("%.2e", r.maxLossDiff()),
                    String.format("%.2e", r.maxParamDiff()), String.format("%.1f", r.engineMicrosPerStep()),
                    String.format("%.1f", r.dl4jMicrosPerStep()),
                    String.format("%.0fx", r.dl4jMicrosPerStep() / r.engineMicrosPerStep())));
        }
        report.table(List.of("network", "optimizer", "max loss diff", "max parameter diff", "engine us/step",
                "DL4J us/step", "DL4J / engine"), rows);
        for (String optimizer : List.of("sgd", "adam")) {
            report.image("Loss curves, " + optimizer, "loss-curves-" + optimizer + ".png");
            report.image("Loss difference, " + optimizer, "loss-difference-" + optimizer + ".png");
        }
        report.heading("Recipe");
        report.code(ctx.recipe().describe());
        report.write(ctx.file("REPORT.md"));
    }
}
