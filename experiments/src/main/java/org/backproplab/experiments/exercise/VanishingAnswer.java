package org.backproplab.experiments.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Item 1: sigmoid, tanh and ReLU, and the vanishing gradient. The studies disagree on their face (tanh with Xavier's
 * initialization does not vanish at 20 layers; under the standard initialization ReLU's gradient shrinks faster than
 * tanh's; deep ReLU networks fail in init-sweep's grid), and the answer reconciles them from the numbers: which
 * (activation, initialization) pairs vanish, measured per layer ({@link GradientDecay}) beside what theory
 * predicts ({@link MeanField}), then what trains.
 */
final class VanishingAnswer {
    static final String INIT_SWEEP = "init-sweep";
    static final String DEPTH_SWEEP = "depth-sweep";
    static final String VANISHING = "vanishing-gradient";
    /** A network "trains" when its test accuracy is at least this: far above the 0.1 of ten classes' chance. */
    static final double TRAINS = 0.5;

    private VanishingAnswer() {
    }

    /** One pair: measured, predicted, and what the grid's networks of the pair reached. */
    record Pair(GradientDecay measured, MeanField theory, int width, int deepest, double accuracyAtDeepest) {
        double predicted() {
            return theory.factor();
        }
    }

    static List<Pair> pairs(ExerciseResults r) {
        Published grid = r.study(INIT_SWEEP);
        CsvTable summary = grid.table("summary.csv");
        List<Pair> out = new ArrayList<>();
        for (GradientDecay g : GradientDecay.of(grid.table("runs.csv"))) {
            List<CsvTable.Row> rows = summary.where(Runs.at("activation", g.activation(), "init", g.init()));
            CsvTable.Row deepest = rows.stream().max(Comparator.comparingInt(x -> x.whole("depth"))).orElseThrow();
            int width = deepest.whole("width");
            out.add(new Pair(g, MeanField.of(Activation.named(g.activation()), Initializer.named(g.init()), width),
                    width, deepest.whole("depth"), deepest.number("test_accuracy_mean")));
        }
        return out;
    }

    static final List<String> CSV_HEADER = List.of("activation", "init", "width", "sigma_w2", "predicted_factor",
            "measured_factor", "measured_ci95_low", "measured_ci95_high", "p_factor_1", "networks", "deepest_depth",
            "verdict_at_deepest", "test_accuracy_at_deepest");

    /** Table 1 as numbers, for a reader's own plot. */
    static List<List<Object>> csv(ExerciseResults r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Pair p : pairs(r)) {
            GradientDecay g = p.measured();
            rows.add(List.of(g.activation(), g.init(), p.width(), p.theory().sigmaW2(), p.predicted(), g.factor(),
                    g.low(), g.high(), g.p(), g.points(), p.deepest(), g.verdict(p.deepest()),
                    p.accuracyAtDeepest()));
        }
        return rows;
    }

    static List<String> header() {
        return List.of("activation", "initialization", "sigma_w^2", "predicted per layer", "measured per layer (95%)",
                "p (factor = 1)", "100-fold in", "at the deepest", "test accuracy at the deepest");
    }

    static List<List<String>> table(ExerciseResults r) {
        List<List<String>> rows = new ArrayList<>();
        for (Pair p : pairs(r)) {
            GradientDecay g = p.measured();
            rows.add(List.of(g.activation(), g.init(), Runs.f2(p.theory().sigmaW2()), Runs.f3(p.predicted()),
                    String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", g.factor(), g.low(), g.high()), Runs.p(g.p()),
                    layers(g), g.verdict(p.deepest()) + " at " + p.deepest(), Runs.f3(p.accuracyAtDeepest())));
        }
        return rows;
    }

    private static String layers(GradientDecay g) {
        double n = g.layersPerHundredfold();
        return Double.isInfinite(n) || n > 1000 ? "never" : String.format(Locale.ROOT, "%.1f layers", n);
    }

    /** The answer, each sentence read off the numbers. */
    static List<String> answer(ExerciseResults r) {
        List<Pair> pairs = pairs(r);
        List<String> out = new ArrayList<>();
        if (pairs.isEmpty()) {
            out.add("init-sweep's grid has fewer than three networks of two or more depths per pair here (the quick "
                    + "version's), so no factor per layer could be measured; run -Dexp=exercise without -Dquick for "
                    + "this part of the answer.");
            withinOneNetwork(r, false).ifPresent(out::add);
            out.add(trained(r, List.of()));
            return out;
        }
        int deepest = pairs.get(0).deepest();
        double worst = pairs.stream().mapToDouble(p -> Math.abs(p.measured().factor() - p.predicted())).max()
                .orElse(Double.NaN);
        Pair worstPair = pairs.stream().max(Comparator.comparingDouble(p -> Math.abs(p.measured().factor()
                - p.predicted()))).orElseThrow();
        out.add(String.format(Locale.ROOT, "**The vanishing gradient belongs to the activation and the "
                + "initialization together.** Back-propagation multiplies the gradient by W^T and by f'(net) at "
                + "every layer, so its size changes by about sqrt(sigma_w^2 E[f'(net)^2]) per layer (mean-field "
                + "theory: Poole et al. 2016, Schoenholz et al. 2017), where sigma_w^2 = n Var(w) is set by the "
                + "initialization. Measured on the first hidden layer's gradient at initialization of networks of "
                + "%s hidden layers (init-sweep's grid, %d units), the factor per layer is within %.3f of that "
                + "prediction for all %d pairs (the largest gap: %s with %s, %.3f measured, %.3f predicted).",
                depthsText(pairs.get(0).measured().depths()), pairs.get(0).width(), worst, pairs.size(),
                worstPair.measured().activation(), worstPair.measured().init(), worstPair.measured().factor(),
                worstPair.predicted()));
        for (String activation : pairs.stream().map(p -> p.measured().activation()).distinct().toList()) {
            out.add(perActivation(activation, pairs.stream().filter(p -> p.measured().activation()
                    .equals(activation)).toList(), deepest));
        }
        reluAgainstTanh(pairs).ifPresent(out::add);
        withinOneNetwork(r, true).ifPresent(out::add);
        out.add(trained(r, pairs));
        deepReluFailure(r, pairs).ifPresent(out::add);
        return out;
    }

    private static String depthsText(List<Integer> depths) {
        return depths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String perActivation(String activation, List<Pair> pairs, int deepest) {
        List<String> vanish = new ArrayList<>();
        List<String> hold = new ArrayList<>();
        for (Pair p : pairs) {
            GradientDecay g = p.measured();
            String s = String.format(Locale.ROOT, "%s (%.3f per layer, %s)", g.init(), g.factor(),
                    layers(g).equals("never") ? "no 100-fold change" : "100-fold in " + layers(g));
            (g.verdict(deepest).equals("holds") ? hold : vanish).add(s);
        }
        String verdict = hold.isEmpty() ? "vanishes (or explodes) at " + deepest + " layers under every "
                + "initialization measured: " + String.join(", ", vanish)
                : vanish.isEmpty() ? "holds at " + deepest + " layers under every initialization measured: "
                        + String.join(", ", hold)
                        : "vanishes at " + deepest + " layers with " + String.join(", ", vanish) + "; it holds with "
                                + String.join(", ", hold);
        return "**" + activation + "**: its gradient " + verdict + ".";
    }

    /** ReLU against tanh under the standard initialization, where ReLU does worse. */
    private static Optional<String> reluAgainstTanh(List<Pair> pairs) {
        Optional<Pair> relu = find(pairs, "relu", "uniform");
        Optional<Pair> tanh = find(pairs, "tanh", "uniform");
        Optional<Pair> reluHe = find(pairs, "relu", "he");
        Optional<Pair> tanhXavier = find(pairs, "tanh", "xavier");
        if (relu.isEmpty() || tanh.isEmpty() || reluHe.isEmpty() || tanhXavier.isEmpty()) {
            return Optional.empty();
        }
        double a = relu.get().measured().factor();
        double b = tanh.get().measured().factor();
        return Optional.of(String.format(Locale.ROOT, "**So does ReLU fix the vanishing gradient?** Only with He's "
                + "initialization, made for it: sigma_w^2 = 2 and ReLU's slope is 1 on half the inputs, so "
                + "sigma_w^2 E[f'^2] = 1 exactly (measured: %.3f per layer). Under the standard initialization "
                + "ReLU's gradient shrinks *faster* than tanh's (%.3f against %.3f per layer; over four layers %s "
                + "against %s), because ReLU's slope is 0 for half the inputs where tanh's is near 1. And tanh with "
                + "Xavier's initialization does not vanish either (%.3f per layer). What ReLU does change is that "
                + "its slope never falls below 1 where it is active, so it cannot saturate the way tanh does once "
                + "training grows the net inputs; sigmoid's slope is at most 1/4, which no common initialization "
                + "makes up for.", reluHe.get().measured().factor(), a, b, Runs.times(Math.pow(a, -4)),
                Runs.times(Math.pow(b, -4)), tanhXavier.get().measured().factor()));
    }

    private static Optional<Pair> find(List<Pair> pairs, String activation, String init) {
        return pairs.stream().filter(p -> p.measured().activation().equals(activation)
                && p.measured().init().equals(init)).findFirst();
    }

    /**
     * The vanishing-gradient study's layer-by-layer ratio within one network, and why it reads smaller for ReLU and
     * tanh than the factor across depths.
     */
    private static Optional<String> withinOneNetwork(ExerciseResults r, boolean factors) {
        CsvTable layers = r.study(VANISHING).table("layers.csv");
        List<String> parts = new ArrayList<>();
        int depth = 0;
        for (String activation : List.of("sigmoid", "tanh", "relu")) {
            List<CsvTable.Row> rows = layers.where(Runs.at("activation", activation, "init", "standard", "epoch",
                    "0"));
            if (rows.isEmpty()) {
                continue;
            }
            depth = rows.get(0).whole("depth");
            int d = depth;
            double first = geometricMean(rows.stream().filter(x -> x.whole("layer") == 1).toList());
            double last = geometricMean(rows.stream().filter(x -> x.whole("layer") == d).toList());
            parts.add(activation + " " + Runs.times(last / first));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("**Why the vanishing-gradient study reads differently.** Within one network of " + depth
                + " hidden layers under the standard initialization it finds the last hidden layer's gradient "
                + String.join(", ", parts) + " the first's. A layer's weight gradient is out(l-1)^T delta(l): "
                + "where the forward signal out shrinks from layer to layer as well (ReLU and tanh, whose outputs "
                + "centre on 0), the two shrinkages cancel between the first and the last layer of one network, "
                + "while every layer's gradient shrinks as the network gets deeper. Sigmoid's outputs keep a mean "
                + "of 1/2, so its forward signal does not shrink and the ratio shows its vanishing in full."
                + (factors ? " The factor across depths, above, is what decides whether a deeper network's first "
                        + "layers learn." : ""));
    }

    private static double geometricMean(List<CsvTable.Row> rows) {
        return Math.exp(rows.stream().mapToDouble(x -> Math.log(x.number("grad_norm"))).average().orElse(Double.NaN));
    }

    /** What trains: depth-sweep's accuracy against depth, each at its matched initialization, with a test. */
    private static String trained(ExerciseResults r, List<Pair> pairs) {
        Published sweep = r.study(DEPTH_SWEEP);
        CsvTable summary = sweep.table("summary.csv");
        CsvTable runs = sweep.table("runs.csv");
        List<String> parts = new ArrayList<>();
        int deepest = summary.rows().stream().mapToInt(x -> x.whole("depth")).max().orElse(0);
        for (String activation : summary.distinct("activation")) {
            List<CsvTable.Row> rows = summary.where(Runs.at("activation", activation));
            int trainsTo = rows.stream().filter(x -> x.number("test_accuracy_mean") >= TRAINS)
                    .mapToInt(x -> x.whole("depth")).max().orElse(0);
            CsvTable.Row last = rows.stream().filter(x -> x.whole("depth") == deepest).findFirst().orElseThrow();
            parts.add(String.format(Locale.ROOT, "%s (%s) %s, %s at %d", activation, last.text("init"),
                    trainsTo == 0 ? "trains at no depth" : trainsTo == deepest ? "trains at every depth"
                            : "trains up to " + trainsTo + " hidden layers", Runs.f3(last.number("test_accuracy_mean")),
                    deepest));
        }
        String test = "";
        double[] relu = Runs.last(runs, Runs.at("activation", "relu", "depth", Integer.toString(deepest)),
                "test_accuracy");
        double[] sigmoid = Runs.last(runs, Runs.at("activation", "sigmoid", "depth", Integer.toString(deepest)),
                "test_accuracy");
        if (relu.length >= 2 && sigmoid.length >= 2) {
            test = String.format(Locale.ROOT, " At %d layers ReLU against sigmoid: Welch's t-test over %d and %d "
                    + "seeds, %s.", deepest, relu.length, sigmoid.length, Runs.pIs(SeedStats.welchP(relu, sigmoid)));
        }
        return "**What trains** (depth-sweep on digits, each activation at its matched initialization; \"trains\" "
                + "means a test accuracy of at least " + TRAINS + ", chance is 0.1): " + String.join("; ", parts)
                + "." + test + sigmoidLimit(summary, pairs);
    }

    /** Where depth-sweep's sigmoid stops training, beside how fast its gradient falls at its initialization. */
    private static String sigmoidLimit(CsvTable summary, List<Pair> pairs) {
        List<CsvTable.Row> rows = summary.where(Runs.at("activation", "sigmoid"));
        if (rows.isEmpty()) {
            return "";
        }
        String init = rows.get(0).text("init");
        int trainsTo = rows.stream().filter(x -> x.number("test_accuracy_mean") >= TRAINS)
                .mapToInt(x -> x.whole("depth")).max().orElse(0);
        return find(pairs, "sigmoid", init).map(p -> String.format(Locale.ROOT, " Sigmoid with %s's "
                + "initialization loses a factor of 100 of its gradient every %s (Table 1) and trains up to %d "
                + "hidden layers here.", init, layers(p.measured()), trainsTo)).orElse("");
    }

    /** ReLU with He's initialization failing deep in init-sweep's grid, against He's own recipe. */
    private static Optional<String> deepReluFailure(ExerciseResults r, List<Pair> pairs) {
        Optional<Pair> he = find(pairs, "relu", "he");
        CsvTable paper = r.study(INIT_SWEEP).table("he-summary.csv");
        if (he.isEmpty() || he.get().accuracyAtDeepest() >= TRAINS) {
            return Optional.empty();
        }
        int depth = he.get().deepest();
        Optional<CsvTable.Row> inPaper = paper.where(Runs.at("init", "he", "depth", Integer.toString(depth)))
                .stream().findFirst();
        CsvTable.Row gridRow = r.study(INIT_SWEEP).table("summary.csv").one(Runs.at("activation", "relu", "init",
                "he", "depth", Integer.toString(depth)), "relu, he, depth " + depth);
        String paperText = inPaper.map(p -> String.format(Locale.ROOT, "; under He et al.'s recipe (rate %s, %s "
                + "epochs) the same depth reaches %s. What fails in the grid is its rate and its epochs, not the "
                + "gradient", p.text("lr"), p.text("epochs"), Runs.f3(p.number("test_accuracy_mean"))))
                .orElse("");
        return Optional.of(String.format(Locale.ROOT, "**Why deep ReLU networks fail in init-sweep's grid.** With "
                + "He's initialization at %d layers they reach a test accuracy of %s (rate %s, %s epochs), although "
                + "their gradient holds (%.3f per layer)%s.", depth, Runs.f3(he.get().accuracyAtDeepest()),
                gridRow.text("lr"), gridRow.text("epochs"), he.get().measured().factor(), paperText));
    }

    /** Measured against predicted, one point per pair, coloured by activation, with the line where they agree. */
    static Figure figure(ExerciseResults r) {
        List<Pair> pairs = pairs(r);
        if (pairs.isEmpty()) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        for (String activation : pairs.stream().map(p -> p.measured().activation()).distinct().toList()) {
            List<Pair> mine = pairs.stream().filter(p -> p.measured().activation().equals(activation)).toList();
            series.add(Series.points(activation, mine.stream().mapToDouble(Pair::predicted).toArray(),
                    mine.stream().mapToDouble(p -> p.measured().factor()).toArray()));
        }
        double top = Math.max(1.05, pairs.stream().mapToDouble(p -> Math.max(p.predicted(), p.measured().factor()))
                .max().orElse(1));
        series.add(Series.of("measured = predicted", new double[] {0, top}, new double[] {0, top}));
        return new LineChart("The gradient's change per layer at initialization, measured against mean-field "
                + "theory", "predicted: sqrt(sigma_w^2 E[f'(net)^2])", "measured: e^slope of log|dJ/dW1| vs depth",
                series, Scale.LINEAR, false);
    }

    static String statistics(ExerciseResults r) {
        List<Pair> pairs = pairs(r);
        if (pairs.isEmpty()) {
            return null;
        }
        GradientDecay g = pairs.get(0).measured();
        int seeds = g.points() / g.depths().size();
        return "How it is tested: each measured factor is e^slope of a least-squares line of log|dJ/dW| of the first "
                + "hidden layer at initialization against depth, through " + g.points() + " networks ("
                + g.depths().size() + " depths x " + seeds + " seeds); its 95% interval and p (against a factor of "
                + "1) come from the slope's t distribution with " + (g.points() - 2) + " degrees of freedom. "
                + SeedStats.fewSeedsNote(seeds) + " The prediction is computed, not fitted: the fixed point of the "
                + "net inputs' variance and E[f'(net)^2] there, by quadrature, for each initialization's sigma_w^2 "
                + "at the grid's width.";
    }
}
