package org.backproplab.experiments.xor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.datasets.Dataset;
import org.backproplab.datasets.Xor;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.RunMemory;
import org.backproplab.experiments.execution.SweepRunner;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.DataSplit;
import org.backproplab.experiments.grid.GridSettings;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.recipe.DataRecipe;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.training.DecisionGrid;
import org.backproplab.experiments.training.Probe;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TargetsReached;
import org.backproplab.experiments.training.Which;

/**
 * {@code -Dexp=xor}: the second seed's network (2 inputs, 3 hidden units, 1 identity output, 1/2 (y_hat - y)^2,
 * learning rate 0.1) trained to completion on the whole XOR truth table by batch gradient descent (every epoch one
 * step on all four rows), with identity, sigmoid, tanh and ReLU hidden units; from the seed's own start (every
 * weight 1) and from {@code -Dseeds=10} random (Glorot) starts. A network has learned XOR when all four outputs are
 * within 0.1 of their targets. The runs go through the same trainer and runner as every sweep (saved as they
 * finish, resumable); the report is {@link XorReport}.
 */
public final class XorLearning implements Experiment {
    static final double SOLVED = 0.1;
    /** When each run first had all four outputs within {@link #SOLVED}, and its outputs at the end. */
    static final TargetsReached FIT = new TargetsReached(SOLVED, Which.all());
    /** The plane around the four inputs, [-0.5, 1.5]^2, for the first random start of each kind of unit. */
    static final DecisionGrid BOUNDARY = new DecisionGrid(200, Which.firstSeed(), 0.5);
    /** The seed's start: every weight and bias 1, the same for any seed, so it is run once, as seed 0. */
    static final Initializer SEED_START = Initializer.constant(1.0, 1.0);
    static final String DATASET = "xor-truth-table";

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public String description() {
        return "the XOR seed's 2-3-1 network trained to completion with identity, sigmoid, tanh and ReLU units";
    }

    @Override
    public Map<String, String> quickSettings() {
        return Map.of("seeds", "2", "epochs", "2000");
    }

    @Override
    public Configured configure(Settings s) {
        List<Activation> activations = s.list("activations", List.of(Activation.identity(), Activation.sigmoid(),
                Activation.tanh(), Activation.relu()), GridSettings::hiddenActivation);
        int seeds = s.integer("seeds", 10, 1, 1000);
        int epochs = s.integer("epochs", 10_000, 1, 10_000_000);
        double lr = s.positive("lr", 0.1, 100.0);
        // The seed's 2-3-1 network by default; -Dwidth and -Ddepths show how more units or layers change the story.
        int width = s.integer("width", 3, 1, GridSettings.MAX_WIDTH);
        int depth = s.integer("depths", 1, 1, 16);
        String init = s.string("init", "xavier");
        Initializer random;
        try {
            random = Initializer.named(init);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("-Dinit=" + init + ": " + e.getMessage());
        }
        List<RunSpec> runs = new ArrayList<>();
        for (Activation a : activations) {
            runs.add(spec(a, SEED_START, 0, lr, epochs, width, depth));
            for (int seed = 1; seed <= seeds; seed++) {
                runs.add(spec(a, random, seed, lr, epochs, width, depth));
            }
        }
        // Each run keeps a record of every epoch; wide and deep networks need gigabytes each (-Dwidth=4096
        // -Ddepths=16 is 2 GB of weights alone): refused in one line before training, not in an OutOfMemoryError.
        int atOnce = Math.min(runs.size(), s.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024));
        RunMemory.check("-Dwidth=" + width + " -Ddepths=" + depth + " -Depochs=" + epochs + " -Dseeds=" + seeds,
                RunMemory.bytes(2, depth, width, 1, 4, 1), atOnce,
                (double) runs.size() * (epochs + 1) * (128 + 2 * (16 + 8 * (depth + 1))),
                Runtime.getRuntime().maxMemory());
        TrainingData table = truthTable();
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                XorLearning.run(runs, table, ctx);
            }

            @Override
            public List<RunSpec> runs() {
                return runs;
            }

            @Override
            public DataRecipe data() {
                return new DataRecipe(table.description(), table.fingerprint(), 0, 0.0);
            }
        };
    }

    /**
     * One network of the study: batch gradient descent (a batch of all four rows) at rate {@code lr} on the sum
     * of squares, trained and measured on the whole table.
     */
    static RunSpec spec(Activation hidden, Initializer init, int seed, double lr, int epochs, int width, int depth) {
        return new RunSpec(hidden, depth, width, init, Sgd.withRate(lr), 4, epochs, seed,
                new DataSplit(DATASET, 0, 0.0), Loss.sumOfSquares());
    }

    /** The four rows, inputs and their one target each; there is nothing to hold out, so both parts are the table. */
    static TrainingData truthTable() {
        Dataset table = Xor.truthTable();
        Matrix x = new Matrix(4, 2, table.inputsRowMajor());
        Matrix y = new Matrix(4, 1);
        for (int i = 0; i < 4; i++) {
            y.set(i, 0, table.label(i));
        }
        return new TrainingData("the XOR truth table (4 rows, trained on and measured on all four)", x, y, x, y, 2);
    }

    private static List<Probe> probes(RunSpec spec) {
        return spec.seed() == 1 ? List.of(FIT, BOUNDARY) : List.of(FIT);
    }

    private static void run(List<RunSpec> runs, TrainingData table, RunContext ctx) throws Exception {
        ctx.console().printf("xor: %d networks, up to %d epochs each, %s%n", runs.size(),
                runs.get(0).epochs(), ctx.runner().where(ctx.threads()));
        List<RunResult> results = SweepRunner.run(runs, XorLearning::probes, ctx.runner(), table, ctx.threads(),
                ctx.console(), ctx.store(), List.of(Axis.INIT));
        XorReport.REPORT.write(ctx, new XorReport.Runs(results, table));
    }
}
