package org.backproplab.experiments.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.datasets.DataSource;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.optim.Optimizer;

/**
 * A training sweep's grid, every axis resolved: the runs are every combination of its values, each with
 * {@code seeds} seeds. Built by {@link GridSettings} from a declaration's defaults and the user's overrides.
 *
 * @param learningRates empty: each activation trains at its own rate ({@link Defaults#learningRate})
 * @param inits         initializer names, or {@code auto}: each activation with the initialization designed for
 *                      it ({@link Defaults#initializer}), so that what is compared is not a poor start
 * @param budgets       parameter budgets, each depth's width solved to meet each ({@link Widths#forBudget}); empty:
 *                      the widths (or the unit counts) size the layers
 * @param units         hidden units in all, split evenly over each depth ({@link Widths#forUnits}); empty: the
 *                      widths (or the budgets) size the layers. At most one of budgets and units is given.
 */
public record Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
        List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
        int epochs, int seeds, Loss loss, List<Normalization> norms, List<Integer> residuals,
        List<Integer> budgets, List<Integer> units) {

    public static final String AUTO = "auto";


    /** A classifiers' grid: {@link RunSpec#CLASSIFIER_LOSS}. */
    public Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
            List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
            int epochs, int seeds) {
        this(dataset, activations, depths, widths, learningRates, batches, inits, optimizers, epochs, seeds,
                RunSpec.CLASSIFIER_LOSS);
    }

    /** A grid of plain networks (no normalization, no shortcuts) as wide as {@code widths} say. */
    public Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
            List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
            int epochs, int seeds, Loss loss) {
        this(dataset, activations, depths, widths, learningRates, batches, inits, optimizers, epochs, seeds, loss,
                List.of(Normalization.none()), List.of(0), List.of(), List.of());
    }

    public Grid {
        activations = List.copyOf(activations);
        depths = List.copyOf(depths);
        widths = List.copyOf(widths);
        learningRates = List.copyOf(learningRates);
        batches = List.copyOf(batches);
        inits = List.copyOf(inits);
        optimizers = List.copyOf(optimizers);
        norms = List.copyOf(norms);
        residuals = List.copyOf(residuals);
        budgets = List.copyOf(budgets);
        units = List.copyOf(units);
        if (!budgets.isEmpty() && !units.isEmpty()) {
            throw new IllegalArgumentException("a grid sizes its layers by a budget or by a unit count, not both");
        }
    }

    /** The rates {@code a} trains at: the grid's, or its own. */
    public List<Double> learningRatesFor(Activation a) {
        return learningRates.isEmpty() ? List.of(Defaults.learningRate(a)) : learningRates;
    }

    public static Initializer initializer(String init, Activation a) {
        return init.equals(AUTO) ? Defaults.initializer(a) : Initializer.named(init);
    }

    /**
     * Every run, resolved ({@link Defaults}), in a fixed order: activation, init, optimizer, rate, width (budget or
     * unit count), batch, normalization, shortcuts, depth, then seed 1..n; on {@code dataset} split by
     * {@link Defaults#SPLIT_SEED}. A budget's widths depend on the data's inputs and outputs: a grid with budgets is
     * asked {@link #runs(TrainingData)}.
     */
    public List<RunSpec> runs() {
        if (!budgets.isEmpty()) {
            throw new IllegalStateException("a budget's widths depend on the data's inputs and outputs: runs(data)");
        }
        return runs(0, 0);
    }

    /** Every run, as {@link #runs()}, with each budget's widths solved for {@code data}'s inputs and outputs. */
    public List<RunSpec> runs(TrainingData data) {
        return runs(data.inputs(), data.trainY().cols());
    }

    private List<RunSpec> runs(int inputs, int outputs) {
        DataSplit data = DataSplit.of(dataset.name());
        List<RunSpec> runs = new ArrayList<>();
        for (Activation a : activations) {
            for (String init : inits) {
                for (String optimizer : optimizers) {
                    for (double lr : learningRatesFor(a)) {
                        for (Sizing size : sizings()) {
                            for (int batch : batches) {
                                for (Normalization norm : norms) {
                                    for (int residual : residuals) {
                                        for (int depth : depths) {
                                            int width = size.width(depth, inputs, outputs);
                                            for (int seed = 1; seed <= seeds; seed++) {
                                                runs.add(new RunSpec(a, depth, width, initializer(init, a),
                                                        Optimizer.named(optimizer, lr), batch, epochs, seed, data,
                                                        loss, norm, residual, size.budget()));
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return runs;
    }

    /** What sizes the layers: one given width, one budget (weights and biases) or one count of hidden units. */
    private record Sizing(int given, int budget, int units) {
        int width(int depth, int inputs, int outputs) {
            if (budget > 0) {
                return Widths.forBudget(budget, inputs, depth, outputs);
            }
            return units > 0 ? Widths.forUnits(units, depth) : given;
        }
    }

    private List<Sizing> sizings() {
        if (!budgets.isEmpty()) {
            return budgets.stream().map(b -> new Sizing(0, b, 0)).toList();
        }
        if (!units.isEmpty()) {
            return units.stream().map(u -> new Sizing(0, 0, u)).toList();
        }
        return widths.stream().map(w -> new Sizing(w, 0, 0)).toList();
    }

    /** The axes with more than one value: what a sweep's figures must tell apart. */
    public List<Axis> varying() {
        List<Axis> out = new ArrayList<>();
        add(out, Axis.ACTIVATIONS, activations.size());
        add(out, Axis.DEPTHS, depths.size());
        add(out, Axis.WIDTH, budgets.isEmpty() && units.isEmpty() ? widths.size() : 1);
        add(out, Axis.LR, learningRates.size());
        add(out, Axis.BATCH, batches.size());
        add(out, Axis.INIT, inits.size());
        add(out, Axis.OPTIMIZER, optimizers.size());
        add(out, Axis.NORM, norms.size());
        add(out, Axis.RESIDUAL, residuals.size());
        add(out, Axis.BUDGET, budgets.size());
        add(out, Axis.UNITS, units.size());
        return out;
    }

    private static void add(List<Axis> out, Axis axis, int size) {
        if (size > 1) {
            out.add(axis);
        }
    }

    // The single values of axes a declaration keeps single (its outputs are drawn for one value).

    public int width() {
        return widths.get(0);
    }

    public int batch() {
        return batches.get(0);
    }

    public int depth() {
        return depths.get(0);
    }

    public int maxDepth() {
        return depths.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    public Normalization norm() {
        return norms.get(0);
    }

    public int residual() {
        return residuals.get(0);
    }

    public String init() {
        return inits.get(0);
    }

    public String optimizer() {
        return optimizers.get(0);
    }

    /**
     * What sizes the hidden layers, as a reader would write it: "[32]" (the widths), "solved from budgets [2000,
     * 8000] (weights and biases)" or "[48] units in all, split evenly over the depth".
     */
    public String widthText() {
        if (!budgets.isEmpty()) {
            return "solved from budgets " + budgets + " (weights and biases)";
        }
        return units.isEmpty() ? widths.toString() : units + " units in all, split evenly over the depth";
    }

    /** The learning rates as a reader would write them: "0.1", or "sigmoid 0.5, tanh 0.1, relu 0.05". */
    public String learningRateText() {
        if (!learningRates.isEmpty()) {
            return learningRates.stream().map(Rates::text).collect(Collectors.joining(", "));
        }
        return activations.stream().map(a -> a.name() + " " + Defaults.learningRate(a))
                .collect(Collectors.joining(", "));
    }

    /** The initializations as a reader would write them: "he", or "auto (sigmoid xavier, relu he)". */
    public String initText() {
        return inits.stream().map(i -> !i.equals(AUTO) ? i : AUTO + " (" + activations.stream()
                .map(a -> a.name() + " " + Initializer.matchedTo(a).name()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }
}
