package org.backproplab.experiments.sweep;

import java.util.List;
import java.util.OptionalDouble;
import org.backproplab.datasets.Synthetic;
import org.backproplab.datasets.DataSource;
import org.backproplab.datasets.Digits;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.Experiment;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.UserInputException;
import org.backproplab.experiments.run.DataSettings;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;
import org.backproplab.experiments.run.SweepRunner;
import org.backproplab.experiments.run.TrainingData;

/**
 * {@code -Dexp=depth-sweep}, the main job: how depth changes what sigmoid, tanh and ReLU networks learn with
 * plain SGD, and how far the gradient reaches back through them.
 *
 * <p>Settings (all optional): {@code -Dseeds=3 -DmaxDepth=10 -Dwidth=32 -Depochs=40 -Dbatch=32
 * -Dactivations=sigmoid,tanh,relu -Ddataset=digits -Dinit=auto -Dthreads=N}, and {@code -Dlr=x} for one learning
 * rate for all (by default each activation has its own, see {@link DepthSweepConfig#defaultLearningRate}).
 */
public final class DepthSweep implements Experiment {
    static final long DATA_SEED = 2026;

    @Override
    public String name() {
        return "depth-sweep";
    }

    @Override
    public String description() {
        return "sigmoid, tanh and ReLU networks of 1 to 10 hidden layers on digits: accuracy, loss, gradients";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("seeds", "1", "maxDepth", "3", "epochs", "5");
    }

    @Override
    public Configured configure(Settings s) {
        DataSource dataset = DataSettings.dataset(s, "digits", DATA_SEED);
        String init = s.string("init", "auto");
        if (!init.equals("auto")) {
            try {
                Initializer.named(init);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("-Dinit=" + init + ": " + e.getMessage() + " (or auto)");
            }
        }
        DepthSweepConfig config = new DepthSweepConfig(dataset.name(),
                s.list("activations", List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu()),
                        Activation::named),
                s.integer("maxDepth", 10, 1, 64),
                s.integer("seeds", 3, 1, 100),
                s.integer("width", 32, 1, 4096),
                s.integer("epochs", defaultEpochs(dataset), 1, 1_000_000),
                s.integer("batch", 32, 1, 1_000_000),
                s.has("lr") ? OptionalDouble.of(s.positive("lr", 0.1, 100.0)) : OptionalDouble.empty(),
                init, RunSpec.optimizerSetting(s));
        return ctx -> run(config, dataset, ctx);
    }

    /**
     * Epochs enough for the shallow networks to converge, measured: 40 on digits (1,348 training images, 42
     * updates an epoch), 200 on the 2-D sets (450 points, 15 updates an epoch, and curved boundaries); 20 on
     * anything larger, which is slow enough that the user should choose.
     */
    static int defaultEpochs(DataSource dataset) {
        if (dataset instanceof Synthetic) {
            return 200;
        }
        return dataset instanceof Digits ? 40 : 20;
    }

    private static void run(DepthSweepConfig config, DataSource dataset, RunContext ctx) throws Exception {
        TrainingData data = DataSettings.load(dataset, DATA_SEED);
        var runs = config.runs();
        ctx.console().printf("depth-sweep: %d runs (%d activations x depths 1..%d x %d seeds), %d epochs each, "
                + "on %d threads; data: %s, %d train / %d test%n", runs.size(), config.activations().size(),
                config.maxDepth(), config.seeds(), config.epochs(), ctx.threads(), data.description(),
                data.trainX().rows(), data.testX().rows());
        List<RunResult> results = SweepRunner.run(runs, data, ctx.threads(), ctx.console());
        DepthSweepOutputs.write(ctx, config, data, results);
    }
}
