package org.backproplab.experiments.sweep;

import java.util.List;
import java.util.OptionalDouble;
import org.backproplab.datasets.Datasets;
import org.backproplab.datasets.Split;
import org.backproplab.datasets.Synthetic;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.Experiment;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.UserInputException;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.SweepRunner;
import org.backproplab.experiments.run.TrainingData;

/**
 * {@code -Dexp=depth-sweep}, the main job: how depth changes what sigmoid, tanh and ReLU networks learn with
 * plain SGD, and how far the gradient reaches back through them.
 *
 * <p>Settings (all optional): {@code -Dseeds=3 -DmaxDepth=8 -Dwidth=32 -Depochs=200 -Dbatch=32
 * -Dactivations=sigmoid,tanh,relu -Ddataset=spirals -Dinit=auto -Dthreads=N}, and {@code -Dlr=x} for one learning
 * rate for all (by default each activation has its own, see {@link DepthSweepConfig#defaultLearningRate}).
 */
public final class DepthSweep implements Experiment {
    static final long DATA_SEED = 2026;
    static final double TEST_FRACTION = 0.25;

    @Override
    public String name() {
        return "depth-sweep";
    }

    @Override
    public String description() {
        return "sigmoid, tanh and ReLU networks of 1 to 8 hidden layers on 3-arm spirals: accuracy, loss, gradients";
    }

    @Override
    public Configured configure(Settings s) {
        String datasetName = s.string("dataset", "spirals");
        Synthetic dataset;
        try {
            dataset = Datasets.parse(datasetName, DATA_SEED);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("-Ddataset=" + datasetName + ": " + e.getMessage());
        }
        String init = s.string("init", "auto");
        if (!List.of("auto", "xavier", "he").contains(init)) {
            throw new UserInputException("-Dinit=" + init + " is not an initializer; expected auto, xavier or he");
        }
        DepthSweepConfig config = new DepthSweepConfig(datasetName,
                s.list("activations", List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu()),
                        Activation::named),
                s.integer("maxDepth", 8, 1, 64),
                s.integer("seeds", 3, 1, 100),
                s.integer("width", 32, 1, 4096),
                s.integer("epochs", 200, 1, 1_000_000),
                s.integer("batch", 32, 1, 1_000_000),
                s.has("lr") ? OptionalDouble.of(s.positive("lr", 0.1, 100.0)) : OptionalDouble.empty(),
                init);
        return ctx -> run(config, dataset, ctx);
    }

    private static void run(DepthSweepConfig config, Synthetic dataset, RunContext ctx) throws Exception {
        Split split = dataset.generate().split(TEST_FRACTION, DATA_SEED);
        TrainingData data = TrainingData.of(dataset.description(), split);
        var runs = config.runs();
        ctx.console().printf("depth-sweep: %d runs (%d activations x depths 1..%d x %d seeds), %d epochs each, "
                + "on %d threads; data: %s, %d train / %d test%n", runs.size(), config.activations().size(),
                config.maxDepth(), config.seeds(), config.epochs(), ctx.threads(), data.description(),
                data.trainX().rows(), data.testX().rows());
        List<RunResult> results = SweepRunner.run(runs, data, ctx.threads(), ctx.console());
        DepthSweepOutputs.write(ctx, config, data, results);
    }
}
