package org.backproplab.experiments.dl4jparity;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * {@code -Dexp=dl4j-parity}: training, not just one gradient, the same in both engines. A few architectures are
 * trained for {@code -Dsteps=500} steps of SGD and of Adam from the same weights on the same batches in the engine
 * and in DL4J; the loss curves, the largest loss difference and the largest parameter difference after training
 * are written, with each engine's mean time per step (a wall-clock average; the measured speeds are the
 * JMH benchmarks' in the benchmarks module).
 */
public final class Dl4jParity implements Experiment {
    @Override
    public String name() {
        return "dl4j-parity";
    }

    @Override
    public String description() {
        return "a few networks trained 500 steps by SGD and Adam in the engine and in DL4J: loss curves, differences";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("steps", "50");
    }

    @Override
    public Configured configure(Settings s) {
        int steps = s.integer("steps", 500, 1, 1_000_000);
        return ctx -> run(steps, ctx);
    }

    /** The architectures, each once with SGD and once with Adam. */
    static List<ParityCase> cases() {
        record Arch(String name, NetworkSpec spec, Loss loss, int batch, int samples) {
        }
        List<Arch> archs = List.of(
                new Arch("2-2-2 sigmoid, mse", NetworkSpec.mlp(2, 1, 2, Activation.sigmoid(), 2,
                        Activation.sigmoid()), Loss.meanSquaredError(), 1, 4),
                new Arch("4-16-16-3 tanh, softmax CE", NetworkSpec.mlp(4, 2, 16, Activation.tanh(), 3,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 8, 64),
                new Arch("8-32x3-4 relu, softmax CE", NetworkSpec.mlp(8, 3, 32, Activation.relu(), 4,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 16, 128),
                new Arch("64-30x5-10 selu, softmax CE", NetworkSpec.mlp(64, 5, 30, Activation.named("selu"), 10,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 32, 256));
        List<ParityCase> cases = new ArrayList<>();
        for (Arch a : archs) {
            cases.add(new ParityCase(a.name(), a.spec(), a.loss(), Sgd.withRate(0.1),
                    new org.nd4j.linalg.learning.config.Sgd(0.1), a.batch(), a.samples()));
            IUpdater adam = new org.nd4j.linalg.learning.config.Adam(0.01, Adam.BETA1, Adam.BETA2, Adam.EPSILON);
            cases.add(new ParityCase(a.name(), a.spec(), a.loss(), Adam.withRate(0.01), adam, a.batch(),
                    a.samples()));
        }
        return cases;
    }

    private static void run(int steps, RunContext ctx) throws Exception {
        List<ParityResult> results = new ArrayList<>();
        List<ParityCase> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            ParityCase c = cases.get(i);
            // One at a time, so that the two engines' step times are not measured against each other's load.
            ParityResult r = ParityRunner.run(c, steps, 1000 + i);
            results.add(r);
            ctx.console().printf("[%d/%d] %-28s %-38s max loss diff %.2e, max parameter diff %.2e; per step: "
                    + "engine %.1f us, DL4J %.1f us%n", i + 1, cases.size(), c.name(), c.optimizer().description(),
                    r.maxLossDiff(), r.maxParamDiff(), r.engineMicrosPerStep(), r.dl4jMicrosPerStep());
        }
        ParityReport.REPORT.write(ctx, results);
    }
}
