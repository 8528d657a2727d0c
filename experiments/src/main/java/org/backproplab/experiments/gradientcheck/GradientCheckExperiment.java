package org.backproplab.experiments.gradientcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.backproplab.experiments.cli.ChecksFailedException;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.execution.Progress;
import org.backproplab.experiments.grid.GridSettings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.reference.Dl4jReference;

/**
 * {@code -Dexp=gradient-check}: the engine's gradients proven, case by case, against DL4J and against finite
 * differences: every activation x every loss x depth 1..6; every activation x the layer options (batch
 * normalization, a shortcut every layer, every 2 layers, both) x the same depths; then {@code -Dnetworks=200}
 * random architectures (depth 1-8, widths 1-32, a random activation per layer, batch 1-16) drawn from a fixed
 * seed. Writes summary.csv, errors.png and REPORT.md; exits non-zero if any case fails (see {@link CaseChecker} for the criteria).
 */
public final class GradientCheckExperiment implements Experiment {
    static final long RANDOM_SEED = 2026;

    @Override
    public String name() {
        return "gradient-check";
    }

    @Override
    public String description() {
        return "every activation x loss x depth, with batch norm and shortcuts, and 200 random networks: engine "
                + "gradients vs DL4J and finite differences";
    }

    @Override
    public java.util.Map<String, String> quickSettings() {
        return java.util.Map.of("depths", "1..2", "networks", "20");
    }

    @Override
    public Configured configure(Settings s) {
        // Not "-Drandom": ND4J reads its random generator's class name from a system property of that name.
        int random = s.integer("networks", 200, 0, 100_000);
        List<Integer> depths = s.items("depths", "1..6", t -> GridSettings.range(t, 1, 64, "a depth"));
        return ctx -> run(cases(depths, random), ctx);
    }

    /**
     * The layer options of the "options" cases: what {@code NetworkSpec.mlp} adds to every hidden layer.
     *
     * @param residual a shortcut every {@code residual} layers (0: none); such a case gets {@code residual} more
     *                 hidden layers than its depth, so that even depth 1 has a shortcut (the first is at layer k)
     */
    record LayerOptions(String name, Normalization norm, int residual) {
        static final List<LayerOptions> ALL = List.of(new LayerOptions("batch-norm", Normalization.batch(), 0),
                new LayerOptions("residual 1", Normalization.none(), 1),
                new LayerOptions("residual 2", Normalization.none(), 2),
                new LayerOptions("batch-norm + residual 2", Normalization.batch(), 2));
    }

    /**
     * The grid first (activation, loss, depth), then the layer options (activation, options, depth; one loss per
     * case, in turn), then the random architectures, numbered from 1.
     */
    static List<CheckCase> cases(List<Integer> depths, int random) {
        List<CheckCase> cases = new ArrayList<>();
        // Leaky ReLU and hard sigmoid at float-exact slopes: DL4J applies those two in single precision.
        List<Activation> all = Activation.all().stream().map(Dl4jReference::asCompared).toList();
        for (Activation a : all) {
            for (Loss loss : Loss.all()) {
                for (int depth : depths) {
                    List<LayerSpec> layers = new ArrayList<>();
                    for (int l = 0; l < depth; l++) {
                        layers.add(new LayerSpec(5, a));
                    }
                    layers.add(new LayerSpec(3, outputFor(loss, null)));
                    int id = cases.size() + 1;
                    cases.add(new CheckCase(id, "grid", new NetworkSpec(4, layers), loss, 4, id));
                }
            }
        }
        List<Loss> losses = Loss.all();
        for (Activation a : all) {
            for (LayerOptions options : LayerOptions.ALL) {
                for (int depth : depths) {
                    Loss loss = losses.get(cases.size() % losses.size());
                    int id = cases.size() + 1;
                    cases.add(new CheckCase(id, "options", NetworkSpec.mlp(4, depth + options.residual(), 5, a,
                            options.norm(), options.residual(), 3, outputFor(loss, null)), loss, 4, id));
                }
            }
        }
        SplittableRandom r = new SplittableRandom(RANDOM_SEED);
        for (int k = 0; k < random; k++) {
            int depth = 1 + r.nextInt(8);
            List<LayerSpec> layers = new ArrayList<>();
            for (int l = 0; l < depth; l++) {
                layers.add(new LayerSpec(1 + r.nextInt(32), all.get(r.nextInt(all.size()))));
            }
            Loss loss = losses.get(r.nextInt(losses.size()));
            layers.add(new LayerSpec(2 + r.nextInt(7), outputFor(loss, r)));
            int inputs = 1 + r.nextInt(16);
            int batch = 1 + r.nextInt(16);
            int id = cases.size() + 1;
            cases.add(new CheckCase(id, "random", new NetworkSpec(inputs, layers), loss, batch, r.nextLong()));
        }
        return cases;
    }

    /**
     * The output activation a loss is meant for: raw scores for softmax cross-entropy, a softmax for negative
     * log-likelihood, a sigmoid for binary cross-entropy; for the squared errors identity, or in the random cases
     * one of identity, sigmoid and tanh.
     */
    static Activation outputFor(Loss loss, SplittableRandom r) {
        // A regression loss takes any output; in the random cases one of three, drawn here as before.
        return r != null && loss.isRegression()
                ? List.of(Activation.identity(), Activation.sigmoid(), Activation.tanh()).get(r.nextInt(3))
                : loss.outputActivation();
    }

    private static void run(List<CheckCase> cases, RunContext ctx) throws Exception {
        ctx.console().printf("gradient-check: %d cases on %d threads (each: engine, DL4J, finite differences)%n",
                cases.size(), ctx.threads());
        List<CheckOutcome> outcomes = checkAll(cases, ctx);
        GradientCheckReport.REPORT.write(ctx, outcomes);
        long failed = outcomes.stream().filter(o -> !o.pass()).count();
        if (failed > 0) {
            throw new ChecksFailedException(failed + " of " + outcomes.size() + " cases failed; see summary.csv "
                    + "(pass = false) in the results");
        }
    }

    private static List<CheckOutcome> checkAll(List<CheckCase> cases, RunContext ctx) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ctx.threads(), task -> {
            Thread t = new Thread(task, "gradient-check");
            t.setDaemon(true);
            return t;
        });
        // A case's cost is dominated by its finite differences: two forward passes per parameter, each as long as
        // the parameters times the batch. The random cases come last and are the largest.
        double[] work = cases.stream().mapToDouble(c -> Math.pow(c.spec().parameterCount(), 2) * c.batch())
                .toArray();
        Progress progress = Progress.to(ctx.console(), cases.size(), java.util.Arrays.stream(work).sum(), "cases")
                .every(Math.max(1, cases.size() / 20));
        try {
            List<Future<CheckOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                CheckCase c = cases.get(i);
                double cost = work[i];
                futures.add(pool.submit(() -> {
                    CheckOutcome o;
                    try {
                        o = CaseChecker.check(c);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("case " + c.id() + " (" + c.activations() + ", "
                                + c.loss().name() + ", batch " + c.batch() + ", widths " + c.spec().inputs() + "-"
                                + String.join("-", c.spec().layers().stream().map(l -> "" + l.width()).toList()) + ") "
                                + "crashed: " + e.getMessage(), e);
                    }
                    synchronized (progress) {
                        progress.done(cost, "case " + c.id() + " " + c.activations()
                                + (c.hasLayerOptions() ? " (" + c.layerOptions() + ")" : "") + ", " + c.loss().name()
                                + (o.pass() ? "" : ": FAILED"), !o.pass());
                    }
                    return o;
                }));
            }
            List<CheckOutcome> outcomes = new ArrayList<>();
            for (Future<CheckOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a gradient-check case crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
