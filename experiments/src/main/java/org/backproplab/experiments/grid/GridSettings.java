package org.backproplab.experiments.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.backproplab.datasets.DataSource;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.network.Normalization;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;

/**
 * Reads a {@link Grid} from the user's settings over a declaration's defaults, every axis by the same rules and
 * with the same one-line errors, whichever experiment or sweep file it belongs to.
 *
 * <p>Lists are comma-separated; integer axes also take ranges ({@code -Ddepths=1..10}) and the learning rate
 * log-spaced ones ({@code -Dlr=1e-4..10/2}: two per decade, exact powers of ten at the decades).
 */
public final class GridSettings {
    public static final int MAX_DEPTH = 200;
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_BATCH = 1_000_000;
    public static final int MAX_EPOCHS = 1_000_000;
    public static final int MAX_SEEDS = 100;
    public static final double MAX_LR = 100;
    /** A budget below this cannot hold even a one-unit layer between two inputs and two outputs (7 parameters). */
    public static final int MIN_BUDGET = 10;
    public static final int MAX_BUDGET = 100_000_000;
    public static final int MAX_UNITS = MAX_DEPTH * MAX_WIDTH;

    private GridSettings() {
    }

    /**
     * @param defaults  text for every axis, in the form a user would type it
     * @param swept     the axes that may hold several values; any other given a list is an error, since the
     *                  experiment's figures are drawn for one value
     * @param epochsFor the default epoch count for the chosen data set, when the user gives none
     */
    public static Grid read(Settings s, String experiment, Map<Axis, String> defaults, Set<Axis> swept, int minSeeds,
            ToIntFunction<DataSource> epochsFor, long dataSeed) {
        DataSource dataset = DataSettings.dataset(s, defaults.get(Axis.DATASET), dataSeed);
        List<Activation> activations = s.items("activations", defaults.get(Axis.ACTIVATIONS),
                a -> List.of(hiddenActivation(a)));
        List<Integer> depths = s.items("depths", defaults.get(Axis.DEPTHS), t -> range(t, 1, MAX_DEPTH, "a depth"));
        List<Integer> widths = s.items("width", defaults.get(Axis.WIDTH), t -> range(t, 1, MAX_WIDTH, "a width"));
        List<Integer> batches = s.items("batch", defaults.get(Axis.BATCH),
                t -> range(t, 1, MAX_BATCH, "a batch size"));
        List<Double> rates = learningRates(s, s.items("lr", defaults.get(Axis.LR),
                t -> rates(t).stream().map(LrItem::new).toList()));
        List<String> inits = s.items("init", defaults.get(Axis.INIT), GridSettings::init);
        List<String> optimizers = s.items("optimizer", defaults.get(Axis.OPTIMIZER), GridSettings::optimizer);
        int seeds = s.integer("seeds", Integer.parseInt(defaults.get(Axis.SEEDS)), minSeeds, MAX_SEEDS);
        int epochs = s.integer("epochs", epochsFor.applyAsInt(dataset), 1, MAX_EPOCHS);
        Loss loss = loss(s, defaults.get(Axis.LOSS));
        List<Normalization> norms = s.items("norm", defaults.getOrDefault(Axis.NORM, "none"),
                t -> List.of(normalization(t)));
        List<Integer> residuals = s.items("residual", defaults.getOrDefault(Axis.RESIDUAL, "0"),
                t -> range(t, 0, MAX_DEPTH, "a number of layers per residual shortcut (0: none)"));
        // Read last, so that a near miss of an older setting (-Dinits) is still offered that one first.
        List<Integer> budgets = sizing(s, defaults, Axis.BUDGET, MIN_BUDGET, MAX_BUDGET, "a parameter budget");
        List<Integer> units = sizing(s, defaults, Axis.UNITS, 1, MAX_UNITS, "a count of hidden units");
        checkSizing(s, depths, budgets, units);
        Grid grid = new Grid(dataset, activations, depths, widths, rates, batches, inits, optimizers, epochs, seeds,
                loss, norms, residuals, budgets, units);
        rejectSameRuns(s, grid);
        rejectEmptyRemedies(s, grid);
        for (Axis axis : grid.varying()) {
            if (!swept.contains(axis)) {
                throw new UserInputException(s.where(axis.setting(), s.resolved().get(axis.setting()))
                        + ": " + experiment + " sweeps " + (swept.isEmpty() ? "no axis" : String.join(", ",
                        swept.stream().sorted().map(Axis::setting).toList())) + " only; expected one value here, or "
                        + "a sweep file (-Dexp=FILE.yaml) for a grid over " + axis.setting());
            }
        }
        return grid;
    }

    /**
     * A budget or a unit count, where the declaration has a default for it or the user gives one: whole numbers
     * only (a range of budgets would be a thousand runs); empty where neither, and the widths size the layers.
     */
    private static List<Integer> sizing(Settings s, Map<Axis, String> defaults, Axis axis, int min, int max,
            String what) {
        if (!defaults.containsKey(axis) && !s.has(axis.setting())) {
            return List.of();
        }
        String expected = "expected whole numbers from " + min + " to " + max;
        return s.items(axis.setting(), defaults.get(axis), t -> {
            if (t.contains("..")) {
                throw new IllegalArgumentException("'" + t + "' is not " + what + "; " + expected + " (no ranges)");
            }
            return List.of(whole(t, t, min, max, what, expected));
        });
    }

    /**
     * A budget or a unit count solves the width, so a width given beside it would be ignored: refused, as is a
     * budget beside a unit count, and a unit count that some depth does not divide (naming the depths).
     */
    private static void checkSizing(Settings s, List<Integer> depths, List<Integer> budgets, List<Integer> units) {
        Axis sizing = !budgets.isEmpty() ? Axis.BUDGET : Axis.UNITS;
        if (!budgets.isEmpty() && !units.isEmpty()) {
            throw new UserInputException(s.where("units", s.resolved().get("units")) + ": the width is solved from "
                    + s.where("budget", s.resolved().get("budget")) + " here; expected a budget or a unit count, "
                    + "not both");
        }
        if ((!budgets.isEmpty() || !units.isEmpty()) && s.has("width")) {
            throw new UserInputException(s.where("width", s.resolved().get("width")) + ": the width is solved from "
                    + s.where(sizing.setting(), s.resolved().get(sizing.setting())) + " here; expected no width, or "
                    + "another " + (budgets.isEmpty() ? "unit count" : "budget"));
        }
        for (int u : units) {
            List<Integer> uneven = depths.stream().filter(d -> u % d != 0).toList();
            if (!uneven.isEmpty()) {
                throw new UserInputException(s.where("units", s.resolved().get("units")) + ": " + u + " hidden units "
                        + "do not split evenly over " + String.join(", ", uneven.stream().map(String::valueOf)
                        .toList()) + " hidden layer" + (uneven.size() == 1 && uneven.get(0) == 1 ? "" : "s")
                        + "; expected a count that every depth divides (" + Widths.evenlySplit(depths)
                        + " or a multiple of it for " + String.join(", ", depths.stream().map(String::valueOf)
                        .toList()) + "), or depths that divide " + u);
            }
        }
    }

    /**
     * Whether every budget can be met at every depth on {@code data}: a budget below a one-unit network's count
     * would be silently exceeded, one above the widest layer's cannot be built. One line naming the budget, the
     * depth and what would fit.
     */
    public static void checkBudgets(Settings s, Grid grid, TrainingData data) {
        int inputs = data.inputs();
        int outputs = data.trainY().cols();
        for (int budget : grid.budgets()) {
            for (int depth : grid.depths()) {
                long least = Widths.parameters(inputs, depth, 1, outputs);
                String where = s.where("budget", s.resolved().get("budget")) + ": " + budget + " parameters";
                String layers = depth + (depth == 1 ? " hidden layer" : " hidden layers");
                if (budget < least) {
                    throw new UserInputException(where + " cannot make " + layers + " on " + inputs + " inputs and " + outputs + " outputs (one unit"
                            + " a layer has " + least + "); expected at least " + least
                            + (depth > grid.depths().get(0) ? ", or fewer hidden layers" : ""));
                }
                int width = Widths.forBudget(budget, inputs, depth, outputs);
                if (width > MAX_WIDTH) {
                    throw new UserInputException(where + " make " + layers + " " + width
                            + " units wide on " + inputs + " inputs and " + outputs + " outputs; expected at most "
                            + Widths.parameters(inputs, depth, MAX_WIDTH, outputs) + " (" + MAX_WIDTH + " units a "
                            + "layer)");
                }
            }
        }
    }

    /**
     * Each value is checked to be given once ({@link Settings}), but "auto" stands for each activation's own
     * initialization: {@code -Dinit=auto,xavier} asks for the sigmoid's runs twice. Refused, naming the pair.
     */
    private static void rejectSameRuns(Settings s, Grid grid) {
        for (Activation a : grid.activations()) {
            java.util.Map<Object, String> seen = new java.util.HashMap<>();
            for (String init : grid.inits()) {
                String before = seen.putIfAbsent(Grid.initializer(init, a), init);
                if (before != null) {
                    throw new UserInputException(s.where("init", s.resolved().get("init")) + ": for " + a.name() + ", "
                            + Grid.AUTO + " is " + Grid.initializer(Grid.AUTO, a).name() + ", so " + before + " and "
                            + init + " give the same runs; expected each initialization once");
                }
            }
        }
    }

    /**
     * A remedy that cannot act is refused rather than run as a plain network under its name: batch normalization
     * of one-row batches (the normalized value is 0 whatever the input, so nothing before it learns), and a
     * shortcut every k layers in networks too shallow to have one (the first goes into hidden layer k + 1).
     */
    private static void rejectEmptyRemedies(Settings s, Grid grid) {
        boolean normalized = grid.norms().stream().anyMatch(n -> n.parameterCount(1) > 0);
        if (normalized && grid.batches().contains(1)) {
            throw new UserInputException(s.where("batch", s.resolved().get("batch")) + ": batch normalization "
                    + "needs mini-batches of 2 or more rows (with one, every normalized value is 0 and nothing before "
                    + "it learns); expected -Dbatch=2 or more with -Dnorm=batch");
        }
        int deepest = grid.maxDepth();
        for (int k : grid.residuals()) {
            if (k > 0 && k >= deepest) {
                throw new UserInputException(s.where("residual", s.resolved().get("residual")) + ": a shortcut "
                        + "every " + k + " layers first goes into hidden layer " + (k + 1) + ", and the deepest "
                        + "network here has " + deepest + "; expected a residual below " + deepest + " (or 0)");
            }
        }
    }

    /** The loss by name; its output layer is the one it is meant for ({@link Loss#outputActivation()}). */
    private static Loss loss(Settings s, String fallback) {
        String name = s.string("loss", fallback).strip();
        try {
            return Loss.named(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(s.where("loss", name) + ": " + e.getMessage());
        }
    }

    /**
     * A hidden layer's activation by name: one of {@link Activation#all()}, the unit-wise functions that
     * {@code -Dexp=list} offers. The softmax acts on a whole row and belongs to output layers only.
     */
    public static Activation hiddenActivation(String name) {
        for (Activation a : Activation.all()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        String expected = "expected one of: " + String.join(", ", Activation.all().stream().map(Activation::name)
                .toList());
        if (name.equals(Activation.softmax().name())) {
            throw new IllegalArgumentException("softmax normalizes a whole layer into probabilities and is used for "
                    + "the output layer only; " + expected);
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; " + expected);
    }

    /** A whole number or an inclusive range {@code a..b}, each value in [min, max]. */
    public static List<Integer> range(String text, int min, int max, String what) {
        String expected = "expected whole numbers from " + min + " to " + max + " or a range such as 1..10";
        String[] ends = text.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + "; " + expected);
        }
        int from = whole(ends[0], text, min, max, what, expected);
        int to = ends.length == 2 ? whole(ends[1], text, min, max, what, expected) : from;
        if (to < from) {
            throw new IllegalArgumentException("'" + text + "' is an empty range; " + expected);
        }
        List<Integer> out = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            out.add(v);
        }
        return out;
    }

    private static int whole(String part, String text, int min, int max, String what, String expected) {
        String digits = part.strip();
        if (!digits.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + "; " + expected);
        }
        // As a BigInteger: 99999999999 is a whole number that is out of range, not "not a number".
        java.math.BigInteger v = new java.math.BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        if (v.compareTo(java.math.BigInteger.valueOf(min)) < 0 || v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is out of range for " + what + "; " + expected);
        }
        return v.intValueExact();
    }

    /**
     * One value of -Dlr: a rate, or auto (NaN) for each activation's own; written back as typed ("auto", not
     * "NaN") when an error names it.
     */
    private record LrItem(double rate) {
        boolean auto() {
            return Double.isNaN(rate);
        }

        @Override
        public String toString() {
            return auto() ? Grid.AUTO : String.valueOf(rate);
        }
    }

    /** "auto" as the one item means each activation's own rate; it cannot be mixed with numbers. */
    private static List<Double> learningRates(Settings s, List<LrItem> rates) {
        if (rates.stream().anyMatch(LrItem::auto)) {
            if (rates.size() > 1) {
                throw new UserInputException(s.where("lr", s.resolved().get("lr")) + ": 'auto' (each activation's "
                        + "own rate) cannot be combined with numbers; expected auto, or numbers in (0, " + MAX_LR
                        + "]");
            }
            return List.of();
        }
        return rates.stream().map(LrItem::rate).toList();
    }

    /** A rate, "auto" (as NaN, resolved above), or a log-spaced range {@code from..to/perDecade}. */
    static List<Double> rates(String text) {
        String expected = "expected numbers in (0, " + MAX_LR + "], a log range such as 1e-4..10/2 (two per "
                + "decade), or auto";
        if (text.equals(Grid.AUTO)) {
            return List.of(Double.NaN);
        }
        try {
            if (!text.contains("..")) {
                return List.of(rate(text, expected));
            }
            // FROM..TO/N with one "..": in 1e-4...10/2 the third dot could end 1e-4. or start .10.
            String[] ends = text.split("\\.\\.", -1);
            String[] parts = ends.length == 2 ? ends[1].split("/", -1) : new String[0];
            if (parts.length != 2 || text.contains("...")) {
                throw new IllegalArgumentException("'" + text + "' is not a log range; " + expected);
            }
            double from = rate(ends[0], expected);
            double to = rate(parts[0], expected);
            if (!Settings.WHOLE.matcher(parts[1].strip()).matches()) {
                throw new NumberFormatException(parts[1]);
            }
            int perDecade = Integer.parseInt(parts[1].strip());
            if (perDecade < 1 || perDecade > 100 || to < from) {
                throw new IllegalArgumentException("'" + text + "' is an empty or too fine log range; " + expected);
            }
            // Steps counted from 'from' in exact exponents, so that 1e-4..10/2 hits 1e-3, 1e-2... exactly. The last
            // step is the last one that does not pass 'to' (1e-4..5/1 ends at 1, not 10); a value within rounding
            // of 'to' is 'to' itself, so no rate is ever one the user did not ask for.
            double start = Math.log10(from);
            double decades = Math.log10(to) - start;
            long steps = (long) Math.floor(decades * perDecade + 1e-9);
            List<Double> out = new ArrayList<>();
            for (long k = 0; k <= steps; k++) {
                double exponent = start + (double) k / perDecade;
                double r = Math.abs(exponent - Math.rint(exponent)) < 1e-9 ? Math.pow(10, Math.rint(exponent))
                        : Math.pow(10, exponent);
                out.add(k == 0 ? from : Math.abs(r - to) <= 1e-9 * to ? to : Math.min(r, to));
            }
            return out;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a learning rate; " + expected);
        }
    }

    private static double rate(String text, String expected) {
        if (!Settings.DECIMAL.matcher(text.strip()).matches()) {
            throw new NumberFormatException(text);
        }
        double r = Double.parseDouble(text.strip());
        if (!(r > 0 && r <= MAX_LR)) {
            throw new IllegalArgumentException("'" + text + "' is out of range; " + expected);
        }
        return r;
    }

    private static Normalization normalization(String name) {
        try {
            return Normalization.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a normalization; expected one of: "
                    + String.join(", ", Normalization.all().stream().map(Normalization::name).toList())
                    + " (batch: batch normalization of every hidden layer)");
        }
    }

    private static List<String> init(String name) {
        if (!name.equals(Grid.AUTO)) {
            try {
                Initializer.named(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (or auto: each activation's own)");
            }
        }
        return List.of(name);
    }

    private static List<String> optimizer(String name) {
        List<String> names = org.backproplab.engine.optim.Optimizer.all(1).stream()
                .map(org.backproplab.engine.optim.Optimizer::name).toList();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not an optimizer; expected one of: "
                    + String.join(", ", names));
        }
        return List.of(name);
    }
}
