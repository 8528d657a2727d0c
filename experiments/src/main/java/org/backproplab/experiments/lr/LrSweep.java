package org.backproplab.experiments.lr;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.datasets.DataSource;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.Experiment;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.run.DataSettings;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;
import org.backproplab.experiments.run.SweepRunner;
import org.backproplab.experiments.run.TrainingData;

/**
 * {@code -Dexp=lr-sweep}: log-spaced learning rates from 1e-4 to 10 (two per decade) x activation, plain SGD on
 * digits: final training loss against the learning rate. A run whose loss turns NaN or infinite stops, is counted
 * as diverged with its epoch, and the sweep goes on.
 */
public final class LrSweep implements Experiment {
    static final long DATA_SEED = 2026;

    @Override
    public String name() {
        return "lr-sweep";
    }

    @Override
    public String description() {
        return "learning rates 1e-4 to 10 x sigmoid, tanh, ReLU: final loss vs rate, diverged runs counted";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("seeds", "1", "epochs", "2");
    }

    @Override
    public Configured configure(Settings s) {
        DataSource dataset = DataSettings.dataset(s, "digits", DATA_SEED);
        List<Activation> activations = s.list("activations",
                List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu()), Activation::named);
        int seeds = s.integer("seeds", 3, 1, 100);
        int epochs = s.integer("epochs", 20, 1, 100_000);
        int depth = s.integer("depth", 3, 1, 64);
        int width = s.integer("width", 32, 1, 4096);
        int batch = s.integer("batch", 32, 1, 1_000_000);
        List<Double> rates = rates();
        String optimizer = RunSpec.optimizerSetting(s);
        List<RunSpec> runs = new ArrayList<>();
        for (Activation a : activations) {
            for (double lr : rates) {
                for (int seed = 1; seed <= seeds; seed++) {
                    runs.add(new RunSpec(a, depth, width, Initializer.matchedTo(a), lr, batch, epochs, seed,
                            optimizer));
                }
            }
        }
        return ctx -> run(dataset, runs, ctx);
    }

    /** 1e-4, 3.16e-4, 1e-3, ... 10: two per decade, exactly powers of ten at the decades. */
    static List<Double> rates() {
        List<Double> rates = new ArrayList<>();
        for (int k = -8; k <= 2; k++) {
            rates.add(Math.pow(10, k / 2.0));
        }
        return rates;
    }

    private static void run(DataSource dataset, List<RunSpec> runs, RunContext ctx) throws Exception {
        TrainingData data = DataSettings.load(dataset, DATA_SEED);
        ctx.console().printf("lr-sweep: %d runs (activation x %d learning rates x seeds), %d epochs each, on %d "
                + "threads; data: %s%n", runs.size(), rates().size(), runs.get(0).epochs(), ctx.threads(),
                data.description());
        List<RunResult> results = SweepRunner.run(runs, data, ctx.threads(), ctx.console());
        LrOutputs.write(ctx, data, results);
    }
}
