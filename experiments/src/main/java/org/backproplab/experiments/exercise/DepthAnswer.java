package org.backproplab.experiments.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.stats.SeedStats;

/**
 * Item 3: the role of depth, from both sides. depth-sweep plots test accuracy and loss against depth for the three
 * activations; depth-budget asks whether depth helps at an equal number of parameters; degradation shows a deeper
 * plain network training worse, and what removes it.
 */
final class DepthAnswer {
    static final String BUDGET = "depth-budget";
    static final String DEGRADATION = "degradation";

    private DepthAnswer() {
    }

    static List<String> answer(ExerciseResults r) {
        List<String> out = new ArrayList<>();
        out.add(sweep(r));
        List<String> budget = Findings.of(r.study(BUDGET), line -> true);
        if (!budget.isEmpty()) {
            out.add("**At an equal budget of parameters** (depth-budget, Goodfellow et al.'s Figs. 6.6 and 6.7; its "
                    + "findings, computed from its runs): " + budget.get(0));
            budget.stream().skip(1).forEach(out::add);
        }
        List<String> degradation = Findings.of(r.study(DEGRADATION), line -> line.startsWith("relu, plain:")
                || line.startsWith("relu, batch-norm + residual:") || line.startsWith("relu at 50 hidden layers")
                || line.startsWith("relu, the first layer's gradient"));
        if (!degradation.isEmpty()) {
            out.add("**The other side: deeper can train worse** (degradation, He et al. 2016; its findings): "
                    + degradation.get(0));
            degradation.stream().skip(1).forEach(out::add);
        }
        return out;
    }

    /** Each activation's best depth, its accuracy at one layer and at the deepest, and a test best vs one layer. */
    private static String sweep(ExerciseResults r) {
        Published sweep = r.study(VanishingAnswer.DEPTH_SWEEP);
        CsvTable summary = sweep.table("summary.csv");
        CsvTable runs = sweep.table("runs.csv");
        int shallowest = summary.rows().stream().mapToInt(x -> x.whole("depth")).min().orElse(1);
        int deepest = summary.rows().stream().mapToInt(x -> x.whole("depth")).max().orElse(1);
        List<String> parts = new ArrayList<>();
        List<String> helped = new ArrayList<>();
        List<String> hurt = new ArrayList<>();
        for (String activation : summary.distinct("activation")) {
            List<CsvTable.Row> rows = summary.where(Runs.at("activation", activation));
            CsvTable.Row best = rows.stream().max(Comparator.comparingDouble(x -> x.number("test_accuracy_mean")))
                    .orElseThrow();
            CsvTable.Row one = rows.stream().filter(x -> x.whole("depth") == shallowest).findFirst().orElseThrow();
            CsvTable.Row last = rows.stream().filter(x -> x.whole("depth") == deepest).findFirst().orElseThrow();
            double pBest = welch(runs, activation, best, one);
            double pLast = welch(runs, activation, last, one);
            if (pBest < 0.05 && best.number("test_accuracy_mean") > one.number("test_accuracy_mean")) {
                helped.add(activation + " (" + best.whole("depth") + " layers, " + Runs.pIs(pBest) + ")");
            }
            if (pLast < 0.05 && last.number("test_accuracy_mean") < one.number("test_accuracy_mean")) {
                hurt.add(activation + " (" + Runs.pIs(pLast) + ")");
            }
            parts.add(String.format(Locale.ROOT, "%s: %s at %d, best %s at %d, %s at %d", activation,
                    Runs.f3(one.number("test_accuracy_mean")), shallowest, Runs.f3(best.number("test_accuracy_mean")),
                    best.whole("depth"), Runs.f3(last.number("test_accuracy_mean")), deepest));
        }
        CsvTable.Row any = summary.rows().get(0);
        return String.format(Locale.ROOT, "**Accuracy against depth** (depth-sweep on digits: %d to %d hidden "
                + "layers of %s units, %s epochs, %s seeds; test accuracy at the shallowest, the best and the "
                + "deepest): %s. Against %d hidden layer%s (Welch's t-tests over the seeds), a deeper network is "
                + "better for %s, and the deepest is worse for %s.", shallowest, deepest, any.text("width"),
                any.text("epochs"), any.text("seeds"), String.join("; ", parts), shallowest, shallowest == 1 ? ""
                        : "s", helped.isEmpty() ? "none" : String.join(", ", helped),
                hurt.isEmpty() ? "none" : String.join(", ", hurt));
    }

    private static double welch(CsvTable runs, String activation, CsvTable.Row a, CsvTable.Row b) {
        double[] x = Runs.last(runs, Runs.at("activation", activation, "depth", a.text("depth")), "test_accuracy");
        double[] y = Runs.last(runs, Runs.at("activation", activation, "depth", b.text("depth")), "test_accuracy");
        return x.length >= 2 && y.length >= 2 && a != b ? SeedStats.welchP(x, y) : Double.NaN;
    }

    /** depth-sweep's summary as one row per depth, one column per activation. */
    static List<String> header(ExerciseResults r) {
        List<String> h = new ArrayList<>(List.of("hidden layers"));
        h.addAll(r.study(VanishingAnswer.DEPTH_SWEEP).table("summary.csv").distinct("activation"));
        return h;
    }

    static List<List<String>> rows(ExerciseResults r) {
        CsvTable summary = r.study(VanishingAnswer.DEPTH_SWEEP).table("summary.csv");
        List<List<String>> rows = new ArrayList<>();
        for (String depth : summary.distinct("depth")) {
            List<String> row = new ArrayList<>(List.of(depth));
            for (String activation : summary.distinct("activation")) {
                row.add(summary.where(Runs.at("activation", activation, "depth", depth)).stream().findFirst()
                        .map(x -> String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", x.number("test_accuracy_mean"),
                                x.number("test_accuracy_ci95_low"), x.number("test_accuracy_ci95_high")))
                        .orElse("n/a"));
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparingInt(x -> Integer.parseInt(x.get(0))));
        return rows;
    }
}
