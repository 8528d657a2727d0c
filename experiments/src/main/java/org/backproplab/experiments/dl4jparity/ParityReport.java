package org.backproplab.experiments.dl4jparity;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Report;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** dl4j-parity's summary.csv, curves.csv, figures and report, declared over its parity runs. */
final class ParityReport {
    /** Steps in the running mean of the loss-curve figures. */
    static final int WINDOW = 20;

    private static final List<String> OPTIMIZERS = List.of("sgd", "adam");

    static final Report<List<ParityResult>> REPORT = Report.<List<ParityResult>>titled(
                    "DL4J parity: the same training in both engines")
            .csv("summary.csv", List.of("network", "optimizer", "steps", "max_loss_diff", "max_param_rel_diff",
                    "engine_step_ms", "dl4j_step_ms"), ParityReport::summary)
            .csv("curves.csv", List.of("network", "optimizer", "step", "engine_loss", "dl4j_loss"),
                    ParityReport::curves)
            .text(ParityReport::recipe)
            .table(null, List.of("network", "optimizer", "max loss diff", "max parameter diff", "engine us/step",
                    "DL4J us/step", "DL4J / engine"), ParityReport::table)
            .figures(ParityReport::figures);

    private ParityReport() {
    }

    private static int steps(List<ParityResult> results) {
        return results.get(0).engineLoss().length;
    }

    private static List<List<Object>> summary(List<ParityResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (ParityResult r : results) {
            rows.add(List.of(r.c().name(), r.c().optimizer().description(), steps(results), r.maxLossDiff(),
                    r.maxParamDiff(), r.engineMicrosPerStep() / 1000, r.dl4jMicrosPerStep() / 1000));
        }
        return rows;
    }

    private static List<List<Object>> curves(List<ParityResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (ParityResult r : results) {
            for (int s = 0; s < steps(results); s++) {
                rows.add(List.of(r.c().name(), r.c().optimizer().description(), s, r.engineLoss()[s],
                        r.dl4jLoss()[s]));
            }
        }
        return rows;
    }

    private static String recipe(List<ParityResult> results) {
        double worstLoss = results.stream().mapToDouble(ParityResult::maxLossDiff).max().orElse(Double.NaN);
        double worstParam = results.stream().mapToDouble(ParityResult::maxParamDiff).max().orElse(Double.NaN);
        return String.format("%d trainings of %d steps, each started from the same weights in the engine "
                + "and in DL4J (double precision) and fed the same mini-batches in the same order. Largest "
                + "difference between the two loss curves at any step: %.2e. Largest relative difference of any "
                + "parameter after training (weights, biases, and batch normalization's gamma, beta and running "
                + "means and variances; not a normalized layer's bias, which normalization cancels, so that only "
                + "round-off moves it): %.2e. The networks with batch normalization (\"+bn\") or a shortcut "
                + "every k hidden layers (\"+resk\") train in DL4J as a ComputationGraph (BatchNormalization "
                + "layers, ElementWiseVertex additions), the others as a MultiLayerNetwork. Times per step are "
                + "wall-clock means over the run, single-threaded engine, DL4J as configured by default: a rough "
                + "guide only, since they include the JIT's warm-up and whatever else the machine was doing; the measured speeds are "
                + "the JMH benchmarks' (benchmarks/run, results in benchmarks/README.md).",
                results.size(), steps(results), worstLoss, worstParam);
    }

    private static List<List<String>> table(List<ParityResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ParityResult r : results) {
            rows.add(List.of(r.c().name(), r.c().optimizer().description(), String.format("%.2e", r.maxLossDiff()),
                    String.format("%.2e", r.maxParamDiff()), String.format("%.1f", r.engineMicrosPerStep()),
                    String.format("%.1f", r.dl4jMicrosPerStep()),
                    String.format("%.0fx", r.dl4jMicrosPerStep() / r.engineMicrosPerStep())));
        }
        return rows;
    }

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

    /** For each optimizer: both engines' loss curves, then their difference step by step. */
    private static List<Drawn> figures(List<ParityResult> results) {
        int steps = steps(results);
        double[] step = new double[steps];
        for (int s = 0; s < steps; s++) {
            step[s] = s;
        }
        // One colour per network in both figures of both optimizers: its engine line, its DL4J dots, its difference.
        Colours networks = Colours.categories(results.stream().map(r -> r.c().name()).distinct().toList());
        List<Drawn> drawn = new ArrayList<>();
        for (String optimizer : OPTIMIZERS) {
            // Two loss-curve figures per optimizer, the plain networks' and those with batch normalization or
            // shortcuts, as one legend holds at most 12 series (two per network)
            List<Series> curves = new ArrayList<>();
            List<Series> optionCurves = new ArrayList<>();
            List<Series> diffs = new ArrayList<>();
            for (ParityResult r : results) {
                if (!r.c().optimizer().description().startsWith(optimizer)) {
                    continue;
                }
                List<Series> into = r.c().hasLayerOptions() ? optionCurves : curves;
                // The batch loss jumps from batch to batch (the 2-2-2 network alternates between its two
                // samples), which drew a solid band; both engines' losses are smoothed alike, so where DL4J's dots
                // sit on the engine's line, the two still agree step for step.
                double[] engine = runningMean(r.engineLoss(), WINDOW);
                double[] dl4j = runningMean(r.dl4jLoss(), WINDOW);
                into.add(Series.of(r.c().name() + ": engine", step, engine));
                // DL4J as dots every 10th step over the engine's line.
                int n = (steps + 9) / 10;
                double[] sx = new double[n];
                double[] sy = new double[n];
                for (int k = 0; k < n; k++) {
                    sx[k] = step[10 * k];
                    sy[k] = dl4j[10 * k];
                }
                into.add(Series.points(r.c().name() + ": DL4J (every 10th step)", sx, sy));
                double[] d = new double[steps];
                for (int s = 0; s < steps; s++) {
                    d[s] = Math.abs(r.engineLoss()[s] - r.dl4jLoss()[s]);
                }
                diffs.add(Series.of(r.c().name(), step, d));
            }
            drawn.add(new Drawn("loss-curves-" + optimizer + ".png", "Loss curves, " + optimizer,
                    new LineChart("Training loss: engine (lines), DL4J (dots) (" + optimizer + ")", "step",
                            "batch loss, mean of the last " + WINDOW + " steps (log scale)", curves, Scale.LOG,
                            true).withColours(networks).sized(900, 600)));
            if (!optionCurves.isEmpty()) {
                drawn.add(new Drawn("loss-curves-" + optimizer + "-layer-options.png",
                        "Loss curves with batch normalization and shortcuts, " + optimizer,
                        new LineChart("Training loss with batch norm / shortcuts: engine (lines), DL4J (dots) ("
                                + optimizer + ")", "step", "batch loss, mean of the last " + WINDOW
                                + " steps (log scale)", optionCurves, Scale.LOG, true).withColours(networks)
                                .sized(900, 600)));
            }
            drawn.add(new Drawn("loss-difference-" + optimizer + ".png", "Loss difference, " + optimizer,
                    new LineChart("|engine loss - DL4J loss| per step (" + optimizer + "; exact zeros not shown)",
                            "step", "absolute difference (log scale)", diffs, Scale.LOG, true)
                            .withColours(networks)));
        }
        return drawn;
    }
}
