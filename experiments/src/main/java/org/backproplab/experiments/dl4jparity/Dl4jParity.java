package org.backproplab.experiments.dl4jparity;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;

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

    private static void run(int steps, RunContext ctx) throws Exception {
        List<ParityResult> results = new ArrayList<>();
        List<ParityCase> cases = ParityCases.all();
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
