package org.backproplab.experiments.xor;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.datasets.Dataset;
import org.backproplab.datasets.Xor;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.Parallel;
import org.backproplab.experiments.execution.RunMemory;
import org.backproplab.experiments.grid.GridSettings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;

/**
 * {@code -Dexp=xor}: the second seed's network (2 inputs, 3 hidden units, 1 output, 1/2 (y_hat - y)^2, learning
 * rate 0.1) trained to completion on the whole XOR truth table by gradient descent, with identity, sigmoid, tanh
 * and ReLU hidden units; from the seed's own start (every weight 1) and from {@code -Dseeds=10} random (Glorot)
 * starts. A network has learned XOR when all four outputs are within 0.1 of their targets.
 */
public final class XorLearning implements Experiment {
    static final double SOLVED = 0.1;

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public String description() {
        return "the XOR seed's 2-3-1 network trained to completion with identity, sigmoid, tanh and ReLU units";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("seeds", "2", "epochs", "2000");
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
        // Each run keeps its loss after every epoch; wide and deep networks need gigabytes each (-Dwidth=4096
        // -Ddepths=16 is 2 GB of weights alone): refused in one line before training, not in an OutOfMemoryError.
        int runCount = activations.size() * (seeds + 1);
        int atOnce = Math.min(runCount, s.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024));
        RunMemory.check("-Dwidth=" + width + " -Ddepths=" + depth + " -Depochs=" + epochs + " -Dseeds=" + seeds,
                RunMemory.bytes(2, depth, width, 1, 4, 1), atOnce, 8.0 * (epochs + 1) * runCount,
                Runtime.getRuntime().maxMemory());
        List<XorRun> runs = new ArrayList<>();
        for (Activation a : activations) {
            runs.add(new XorRun(a, "seed's (all weights 1)", Initializer.constant(1.0, 1.0), 0, lr, epochs, width,
                    depth));
            for (int seed = 1; seed <= seeds; seed++) {
                runs.add(new XorRun(a, init, random, seed, lr, epochs, width, depth));
            }
        }
        return ctx -> run(runs, ctx);
    }

    /** One network of the study. */
    record XorRun(Activation hidden, String initName, Initializer init, int seed, double learningRate, int epochs,
            int width, int depth) {
    }

    /** The loss after every epoch, the final outputs for the four inputs, and the first epoch it was solved. */
    record XorResult(XorRun run, double[] loss, double[] outputs, int solvedAt) {
        boolean solved() {
            return solvedAt >= 0;
        }
    }

    static XorResult train(XorRun run) {
        return fit(run).result();
    }

    /** A trained network and what its training measured. */
    record Fitted(Network network, XorResult result) {
        /** The network's output at (x, y) as probabilities of {0, 1}, for drawing its decision boundary. */
        double[] probabilities(double x, double y) {
            double p = network.forward(new Matrix(1, 2, new double[] {x, y}), network.workspace(1)).get(0, 0);
            double clamped = Math.max(0, Math.min(1, p));
            return Double.isNaN(p) ? new double[] {Double.NaN, Double.NaN} : new double[] {1 - clamped, clamped};
        }
    }

    static Fitted fit(XorRun run) {
        Dataset table = Xor.truthTable();
        Matrix x = new Matrix(4, 2, table.inputsRowMajor());
        Matrix y = new Matrix(4, 1);
        for (int i = 0; i < 4; i++) {
            y.set(i, 0, table.label(i));
        }
        Network n = Network.create(NetworkSpec.mlp(2, run.depth(), run.width(), run.hidden(), 1, Activation.identity()),
                run.init(),
                run.seed());
        Loss loss = Loss.sumOfSquares();
        var updater = Sgd.withRate(run.learningRate()).updaterFor(n);
        Workspace ws = n.workspace(4);
        double[] curve = new double[run.epochs() + 1];
        int solvedAt = -1;
        // Batch gradient descent: every epoch is one step on the whole table, as the seed's "batch" wording says.
        for (int e = 0; e <= run.epochs(); e++) {
            Matrix out = n.forward(x, ws);
            curve[e] = loss.value(out, y);
            if (solvedAt < 0 && solved(out, y)) {
                solvedAt = e;
            }
            if (e < run.epochs()) {
                n.backward(y, loss, ws);
                updater.step(ws.gradients());
            }
        }
        Matrix out = n.forward(x, ws);
        return new Fitted(n, new XorResult(run, curve, out.data().clone(), solvedAt));
    }

    private static boolean solved(Matrix out, Matrix y) {
        for (int i = 0; i < 4; i++) {
            if (!(Math.abs(out.get(i, 0) - y.get(i, 0)) < SOLVED)) {
                return false;
            }
        }
        return true;
    }

    private static void run(List<XorRun> runs, RunContext ctx) throws Exception {
        ctx.console().printf("xor: %d networks, up to %d epochs each, on %d threads%n", runs.size(),
                runs.get(0).epochs(), ctx.threads());
        List<XorResult> results = Parallel.map(runs, ctx.threads(), XorLearning::train,
                (done, total, r, result) -> {
                    if (done % 10 == 0 || done == total) {
                        ctx.console().printf("[%2d/%d] networks trained%n", done, total);
                    }
                });
        XorOutputs.write(ctx, results);
    }
}
