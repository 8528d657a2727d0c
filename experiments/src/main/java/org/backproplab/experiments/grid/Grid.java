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
 */
public record Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
        List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
        int epochs, int seeds, Loss loss, List<Normalization> norms, List<Integer> residuals) {

    public static final String AUTO = "auto";

    /** A classifiers' grid: {@link RunSpec#CLASSIFIER_LOSS}. */
    public Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
            List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
            int epochs, int seeds) {
        this(dataset, activations, depths, widths, learningRates, batches, inits, optimizers, epochs, seeds,
                RunSpec.CLASSIFIER_LOSS);
    }

    /** A grid of plain networks: no normalization, no shortcuts. */
    public Grid(DataSource dataset, List<Activation> activations, List<Integer> depths, List<Integer> widths,
            List<Double> learningRates, List<Integer> batches, List<String> inits, List<String> optimizers,
            int epochs, int seeds, Loss loss) {
        this(dataset, activations, depths, widths, learningRates, batches, inits, optimizers, epochs, seeds, loss,
                List.of(Normalization.none()), List.of(0));
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
    }

    /** The rates {@code a} trains at: the grid's, or its own. */
    public List<Double> learningRatesFor(Activation a) {
        return learningRates.isEmpty() ? List.of(Defaults.learningRate(a)) : learningRates;
    }

    public static Initializer initializer(String init, Activation a) {
        return init.equals(AUTO) ? Defaults.initializer(a) : Initializer.named(init);
    }

    /**
     * Every run, resolved ({@link Defaults}), in a fixed order: activation, init, optimizer, rate, width, batch,
     * normalization, shortcuts, depth, then seed 1..n; on {@code dataset} split by {@link Defaults#SPLIT_SEED}.
     */
    public List<RunSpec> runs() {
        DataSplit data = DataSplit.of(dataset.name());
        List<RunSpec> runs = new ArrayList<>();
        for (Activation a : activations) {
            for (String init : inits) {
                for (String optimizer : optimizers) {
                    for (double lr : learningRatesFor(a)) {
                        for (int width : widths) {
                            for (int batch : batches) {
                                for (Normalization norm : norms) {
                                    for (int residual : residuals) {
                                        for (int depth : depths) {
                                            for (int seed = 1; seed <= seeds; seed++) {
                                                runs.add(new RunSpec(a, depth, width, initializer(init, a),
                                                        Optimizer.named(optimizer, lr), batch, epochs, seed, data,
                                                        loss, norm, residual));
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

    /** The axes with more than one value: what a sweep's figures must tell apart. */
    public List<Axis> varying() {
        List<Axis> out = new ArrayList<>();
        add(out, Axis.ACTIVATIONS, activations.size());
        add(out, Axis.DEPTHS, depths.size());
        add(out, Axis.WIDTH, widths.size());
        add(out, Axis.LR, learningRates.size());
        add(out, Axis.BATCH, batches.size());
        add(out, Axis.INIT, inits.size());
        add(out, Axis.OPTIMIZER, optimizers.size());
        add(out, Axis.NORM, norms.size());
        add(out, Axis.RESIDUAL, residuals.size());
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
