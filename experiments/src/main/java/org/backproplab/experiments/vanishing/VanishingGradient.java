package org.backproplab.experiments.vanishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backproplab.experiments.Experiment;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.run.DataSettings;
import org.backproplab.experiments.run.Parallel;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.experiments.run.Axis;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.GridSettings;
import org.backproplab.experiments.run.RunSpec;

/**
 * {@code -Dexp=vanishing-gradient}: the classic measurement of how fast each layer learns (Nielsen, chapter 5):
 * for a [784, 30, 30, 30, 30, 10] network on the shipped MNIST subset, the norm of every hidden layer's bias
 * gradient over 1,000 training images, at initialization and after each epoch, for sigmoid, tanh and ReLU, each
 * with the "standard" initialization U[-1/sqrt(n_in), 1/sqrt(n_in)] and with its matched one (Glorot for sigmoid
 * and tanh, He for ReLU); with each layer's activation mean, spread and saturation.
 */
public final class VanishingGradient implements Experiment {
    static final long DATA_SEED = 2026;
    static final int PROBE = 1000;

    @Override
    public String name() {
        return "vanishing-gradient";
    }

    @Override
    public String description() {
        return "how fast each layer of a 784-30x4-10 net learns: bias-gradient norm per layer, by activation and "
                + "init";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("seeds", "1", "epochs", "1");
    }

    /** Nielsen's network and training; each axis can be overridden like any sweep's, the layer plots need one. */
    static final Map<Axis, String> DEFAULTS = Map.of(Axis.DATASET, "mnist-10k",
            Axis.ACTIVATIONS, "sigmoid,tanh,relu", Axis.DEPTHS, "4", Axis.WIDTH, "30", Axis.LR, Grid.AUTO,
            Axis.BATCH, "10", Axis.INIT, "uniform," + Grid.AUTO, Axis.OPTIMIZER, "sgd", Axis.EPOCHS, "10",
            Axis.SEEDS, "3");

    @Override
    public Configured configure(Settings s) {
        Grid grid = GridSettings.read(s, name(), DEFAULTS, Set.of(Axis.ACTIVATIONS, Axis.INIT), 1,
                data -> Integer.parseInt(DEFAULTS.get(Axis.EPOCHS)), DATA_SEED);
        // One run per activation, initialization and seed (the other axes hold one value each), in grid order.
        List<VgRun> runs = new ArrayList<>();
        for (RunSpec spec : grid.runs()) {
            String init = grid.inits().stream()
                    .filter(i -> Grid.initializer(i, spec.hidden()).name().equals(spec.initializer().name()))
                    .findFirst()
                    .orElseThrow();
            runs.add(new VgRun(spec, initLabel(init)));
        }
        return ctx -> run(grid, runs, ctx);
    }

    /** The study's names for its two initializations; any other keeps its own name. */
    static String initLabel(String init) {
        return switch (init) {
            case "uniform" -> "standard";
            case Grid.AUTO -> "matched";
            default -> init;
        };
    }

    private static void run(Grid grid, List<VgRun> runs, RunContext ctx) throws Exception {
        TrainingData data = DataSettings.load(grid.dataset(), DATA_SEED);
        int epochs = grid.epochs();
        ctx.console().printf("vanishing-gradient: %d runs (activation x init x seed), %d epochs each, on %d "
                + "threads; data: %s, %d train / %d test%n", runs.size(), epochs, ctx.threads(), data.description(),
                data.trainX().rows(), data.testX().rows());
        long start = System.nanoTime();
        List<VgResult> results = Parallel.map(runs, ctx.threads(), r -> VgTraining.run(r, data, epochs, PROBE),
                (done, total, r, result) -> {
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double[] g = result.gradNorm()[0];
                    ctx.console().printf("[%2d/%d] %-18s seed %d: at init |dJ/db| layer 1 %.1e ... layer 4 %.1e; "
                            + "test accuracy %.3f (%.0f s left)%n", done, total, r.label(), r.seed(), g[0],
                            g[g.length - 1], result.testAccuracy()[epochs], elapsed / done * (total - done));
                });
        VgOutputs.write(ctx, grid, data, results);
    }
}
