package org.backproplab.experiments.gradientcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.study.Report;
import org.backproplab.reference.Dl4jReference;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.Histogram;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** gradient-check's summary.csv, figures and REPORT.md, declared over the outcomes of its cases. */
final class GradientCheckReport {
    static final Report<List<CheckOutcome>> REPORT = Report.<List<CheckOutcome>>titled(
                    "Gradient check: the engine against DL4J and finite differences")
            .csv("summary.csv", List.of("case", "kind", "activations", "loss", "depth", "batch", "params",
                    "max_rel_error_dl4j", "max_rel_error_fd", "fd_params_at_kinks", "pass", "note", "layer_options"),
                    GradientCheckReport::rows)
            .text(GradientCheckReport::recipe)
            .heading(o -> {
                long failed = o.stream().filter(x -> !x.pass()).count();
                return failed == 0 ? "Result: every case passes" : "Result: " + failed + " cases FAIL";
            })
            .bullets(GradientCheckReport::result)
            .figure("errors.png", "Largest gradient error of each case", GradientCheckReport::errors)
            .figure("error-histogram.png", "Gradient errors, in half decades", GradientCheckReport::histogram)
            .table("The ten largest errors", List.of("case", "activations", "layer options", "loss", "vs DL4J",
                    "vs finite differences", "result"), GradientCheckReport::largest)
            .text("Every case is in summary.csv.");

    private GradientCheckReport() {
    }

    private static List<List<Object>> rows(List<CheckOutcome> outcomes) {
        List<List<Object>> rows = new ArrayList<>();
        for (CheckOutcome o : outcomes) {
            CheckCase c = o.c();
            rows.add(List.of(c.id(), c.kind(), c.activations(), c.loss().name(), c.depth(), c.batch(), o.params(),
                    Double.isNaN(o.dl4jError()) ? "n/a" : o.dl4jError(), o.fdError(), o.kinkSkipped(), o.pass(),
                    o.dl4jNote(), c.layerOptions()));
        }
        return rows;
    }

    /** Every case's largest error against its rank, both comparisons, with the two criteria as lines. */
    static Figure errors(List<CheckOutcome> outcomes) {
        List<Series> series = List.of(sorted("engine vs DL4J", outcomes, CheckOutcome::dl4jError),
                sorted("engine vs finite differences", outcomes, CheckOutcome::fdError),
                constant("DL4J criterion 1e-7", outcomes.size(), CaseChecker.DL4J_TOLERANCE),
                constant("finite-difference criterion 1e-5", outcomes.size(), CaseChecker.FD_TOLERANCE));
        return new LineChart("Largest gradient error of each case, sorted (" + outcomes.size() + " cases)",
                "cases, from smallest error to largest", "max relative error (log scale)", series, Scale.LOG, true)
                .withColours(COMPARISONS);
    }

    /** The two comparisons and the two criteria, each in one colour in both figures. */
    private static final Colours COMPARISONS = Colours.categories(List.of("engine vs DL4J",
            "engine vs finite differences", "DL4J criterion 1e-7", "finite-difference criterion 1e-5"));

    /**
     * How the cases' errors are spread, in half decades: log10 of each case's largest relative error against DL4J
     * and against finite differences (an error of exactly 0 counted at -17), 28 bins of 0.5 over [-17, -3]. The two
     * criteria sit at -7 and -5.
     */
    static Histogram histogram(List<CheckOutcome> outcomes) {
        return new Histogram("Gradient errors of " + outcomes.size() + " cases, in half decades (criteria 1e-7 and "
                + "1e-5)", "log10 of the case's largest relative error", "cases", List.of(
                        new Histogram.Sample("engine vs DL4J", outcomes.stream().mapToDouble(CheckOutcome::dl4jError)
                                .filter(v -> !Double.isNaN(v)).map(v -> Math.log10(Math.max(v, 1e-17))).toArray()),
                        new Histogram.Sample("engine vs finite differences", outcomes.stream()
                                .mapToDouble(o -> Math.log10(Math.max(o.fdError(), 1e-17))).toArray())),
                28, -17, -3, COMPARISONS);
    }

    /** A case's error, sorted ascending, against its rank: the empirical distribution, read off a log axis. */
    private static Series sorted(String name, List<CheckOutcome> outcomes, ToDoubleFunction<CheckOutcome> error) {
        double[] e = outcomes.stream().mapToDouble(error).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] x = new double[e.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        // An error of exactly 0 (every parameter within the absolute floor) has no place on a log axis; show it at
        // 1e-17, below anything double arithmetic resolves, rather than drop it.
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.max(e[i], 1e-17);
        }
        return Series.of(name, x, e);
    }

    private static Series constant(String name, int n, double value) {
        double[] y = new double[n];
        Arrays.fill(y, value);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return Series.of(name, x, y);
    }

    private static String recipe(List<CheckOutcome> outcomes) {
        long params = outcomes.stream().mapToLong(CheckOutcome::params).sum();
        return String.format("%d cases, %d parameters in all: every activation x every loss x depth 1 to %d "
                + "(hidden layers of 5 units, batch 4); every activation x %d layer options (batch normalization "
                + "of every hidden layer, a shortcut every layer, every 2 layers, batch normalization with a shortcut "
                + "every 2 layers; a shortcut every k layers adds k hidden layers to the depth, so each case has "
                + "one) x the same depths, one loss per case in turn; then %d random architectures drawn from seed "
                + "%d (depth "
                + "1-8, widths 1-32, a random activation per layer, batch 1-16). Each case builds one network with "
                + "random weights and biases and compares the engine's back-propagated gradient of every parameter "
                + "with DL4J's (same network, weights and batch, double precision; a ComputationGraph with "
                + "BatchNormalization layers and ElementWiseVertex additions for the layer options) and with "
                + "central finite differences. With batch normalization the gradient is that of a training pass, "
                + "normalized by the batch's own statistics.", outcomes.size(), params,
                outcomes.stream().filter(o -> o.c().kind().equals("grid")).mapToInt(o -> o.c().depth()).max()
                        .orElse(0),
                GradientCheckExperiment.LayerOptions.ALL.size(),
                outcomes.stream().filter(o -> o.c().kind().equals("random")).count(),
                GradientCheckExperiment.RANDOM_SEED);
    }

    private static List<String> result(List<CheckOutcome> outcomes) {
        long withDl4j = outcomes.stream().filter(o -> !Double.isNaN(o.dl4jError())).count();
        double worstDl4j = outcomes.stream().mapToDouble(CheckOutcome::dl4jError).filter(v -> !Double.isNaN(v))
                .max().orElse(Double.NaN);
        double worstFd = outcomes.stream().mapToDouble(CheckOutcome::fdError).max().orElse(Double.NaN);
        long kinks = outcomes.stream().mapToLong(CheckOutcome::kinkSkipped).sum();
        long dl4jFailed = outcomes.stream().filter(o -> o.dl4jNote().contains("prelu_bp")).count();
        List<CheckOutcome> options = outcomes.stream().filter(o -> o.c().hasLayerOptions()).toList();
        return List.of(
                String.format("Against DL4J (%d cases): worst relative error %.2e; criterion %.0e, gradients "
                        + "below %.0e compared in absolute terms (as DL4J's GradientCheckUtil's minAbsoluteError).",
                        withDl4j, worstDl4j, CaseChecker.DL4J_TOLERANCE,
                        CaseChecker.DL4J_MIN_ABSOLUTE),
                String.format("With batch normalization or shortcuts (%d cases, %d against DL4J): worst relative "
                        + "error against DL4J %.2e, against finite differences %.2e. There the absolute floor is "
                        + "%.0e of the case's largest gradient, and a normalized layer's bias gradient, 0 in exact "
                        + "arithmetic, must be 0 on both sides to within %.0e of that largest gradient.", options.size(),
                        options.stream().filter(o -> !Double.isNaN(o.dl4jError())).count(),
                        options.stream().mapToDouble(CheckOutcome::dl4jError).filter(v -> !Double.isNaN(v)).max()
                                .orElse(Double.NaN),
                        options.stream().mapToDouble(CheckOutcome::fdError).max().orElse(Double.NaN),
                        CaseChecker.OPTIONS_FLOOR, CaseChecker.STRUCTURAL_ZERO),
                String.format("Against finite differences (%d cases): worst relative error %.2e; criterion %.0e "
                        + "(five-point central difference, step 1e-4, values below 1e-4 compared in absolute "
                        + "terms). %d parameters were left out because a step crossed an activation's kink, where "
                        + "a difference quotient is no derivative.", outcomes.size(), worstFd,
                        CaseChecker.FD_TOLERANCE, kinks),
                String.format("%d cases have no DL4J comparison and rely on finite differences: %d because an "
                        + "activation they use has no DL4J counterpart here (%s), and %d because DL4J's own prelu_bp "
                        + "op failed its validation on their shared PReLU slope.", outcomes.size() - withDl4j,
                        outcomes.size() - withDl4j - dl4jFailed, noCounterparts(),
                        dl4jFailed));
    }

    private static List<List<String>> largest(List<CheckOutcome> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        outcomes.stream().sorted((a, b) -> Double.compare(Math.max(nz(b.dl4jError()), b.fdError()),
                Math.max(nz(a.dl4jError()), a.fdError()))).limit(10).forEach(o -> rows.add(List.of(
                Integer.toString(o.c().id()), o.c().activations(), o.c().layerOptions(), o.c().loss().name(),
                Double.isNaN(o.dl4jError()) ? "n/a" : String.format("%.2e", o.dl4jError()),
                String.format("%.2e", o.fdError()), o.pass() ? "pass" : "FAIL")));
        return rows;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * Why each activation without a DL4J counterpart has none, one reason once: "gelu, gelu-tanh: DL4J's GELU is
     * ...; rrelu: ...".
     */
    static String noCounterparts() {
        java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        for (Activation a : Activation.all()) {
            String why = Dl4jReference.whyNoCounterpart(a);
            if (!why.isEmpty()) {
                String reason = why.startsWith(a.name() + ": ") ? why.substring(a.name().length() + 2) : why;
                byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(a.name());
            }
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, names) -> parts.add(String.join(", ", names) + ": " + reason));
        return String.join("; ", parts);
    }
}
