package org.backproplab.experiments.vanishing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.backproplab.datasets.DataSource;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.Experiment;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.run.DataSettings;
import org.backproplab.experiments.run.Parallel;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.experiments.sweep.DepthSweepConfig;

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

    @Override
    public Configured configure(Settings s) {
        DataSource dataset = DataSettings.dataset(s, "mnist-10k", DATA_SEED);
        List<Activation> activations = s.list("activations",
                List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu()), Activation::named);
        int seeds = s.integer("seeds", 3, 1, 100);
        int epochs = s.integer("epochs", 10, 0, 10_000);
        OptionalDouble lr = s.has("lr") ? OptionalDouble.of(s.positive("lr", 0.1, 100.0)) : OptionalDouble.empty();
        List<VgRun> runs = new ArrayList<>();
        for (Activation a : activations) {
            for (String init : List.of("standard", "matched")) {
                Initializer initializer = init.equals("standard") ? Initializer.named("uniform")
                        : Initializer.matchedTo(a);
                for (int seed = 1; seed <= seeds; seed++) {
                    runs.add(new VgRun(a, init, initializer, seed,
                            lr.orElse(DepthSweepConfig.defaultLearningRate(a))));
                }
            }
        }
        return ctx -> run(dataset, runs, epochs, ctx);
    }

    private static void run(DataSource dataset, List<VgRun> runs, int epochs, RunContext ctx) throws Exception {
        TrainingData data = DataSettings.load(dataset, DATA_SEED);
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
        VgOutputs.write(ctx, data, epochs, results);
    }
}
