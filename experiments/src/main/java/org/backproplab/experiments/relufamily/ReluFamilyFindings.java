package org.backproplab.experiments.relufamily;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.grid.Rates;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.MeanSd;

/**
 * What the ReLU family's report says: its recipe in words, each activation's paired test against the baseline,
 * and the findings read off them. Like every statistic of a {@link Cell}, the tests leave out the runs that
 * diverged: a seed is paired only where both activations trained.
 */
final class ReluFamilyFindings {
    /** The training loss whose first epoch below it measures the speed of convergence. */
    static final double LOSS_THRESHOLD = 0.1;

    /** The first epoch with a training loss below {@link #LOSS_THRESHOLD}; NaN if never, so a mean leaves it out. */
    static final Metric EPOCHS_TO_LOSS = new Metric("epochs_to_loss_" + LOSS_THRESHOLD, r -> {
        for (var e : r.epochs()) {
            if (e.trainLoss() < LOSS_THRESHOLD) {
                return e.epoch();
            }
        }
        return Double.NaN;
    });

    private ReluFamilyFindings() {
    }

    /** One activation against the baseline: difference of the mean test accuracies, paired p, Holm-adjusted p. */
    record Paired(double diff, double p, double holm) {
        /** NaN with fewer than two seeds to pair: then nothing is tested, nor significant. */
        boolean tested() {
            return !Double.isNaN(holm);
        }

        boolean significant() {
            return tested() && holm < 0.05;
        }
    }

    /**
     * Every activation's test accuracy against the baseline's on the same seeds (seed k: the same initial-weight
     * stream and batch order), by activation name; none for the baseline itself, which is ReLU where it was run,
     * else the first activation. Holm's adjustment runs over all the comparisons.
     */
    record Comparison(Cell baseline, Map<String, Paired> tests) {
        Comparison {
            tests = Map.copyOf(tests);
        }

        static Comparison of(Cells c) {
            Cell baseline = c.cells().stream().filter(x -> activation(x).equals(Activation.relu().name())).findFirst()
                    .orElse(c.first());
            double[] p = new double[c.cells().size()];
            for (int i = 0; i < p.length; i++) {
                Cell x = c.cells().get(i);
                p[i] = x == baseline ? Double.NaN : pairedP(x, baseline);
            }
            double[] holm = SeedStats.holm(p);
            double base = baseline.stat(Metric.TEST_ACCURACY).mean();
            Map<String, Paired> tests = new LinkedHashMap<>();
            for (int i = 0; i < p.length; i++) {
                Cell x = c.cells().get(i);
                if (x != baseline) {
                    tests.put(activation(x), new Paired(x.stat(Metric.TEST_ACCURACY).mean() - base, p[i], holm[i]));
                }
            }
            return new Comparison(baseline, tests);
        }

        /** The baseline's activation, as the columns and the table name it. */
        String name() {
            return activation(baseline);
        }

        boolean isBaseline(Cell c) {
            return !tests.containsKey(activation(c));
        }

        /** {@code c}'s test against the baseline; null for the baseline. */
        Paired of(Cell c) {
            return tests.get(activation(c));
        }

        /** Paired t-test of test accuracy over the seeds on which both trained, in {@code x}'s seed order. */
        private static double pairedP(Cell x, Cell baseline) {
            Map<Long, Double> base = new LinkedHashMap<>();
            for (RunResult r : baseline.trained()) {
                base.put(r.spec().seed(), Metric.TEST_ACCURACY.of(r));
            }
            List<RunResult> paired = x.trained().stream().filter(r -> base.containsKey(r.spec().seed())).toList();
            return SeedStats.pairedP(paired.stream().mapToDouble(Metric.TEST_ACCURACY::of).toArray(),
                    paired.stream().mapToDouble(r -> base.get(r.spec().seed())).toArray());
        }
    }

    static String activation(Cell c) {
        return c.spec().hidden().name();
    }

    static String recipe(Cells c) {
        RunSpec any = c.first().spec();
        String baseline = Comparison.of(c).name();
        return String.format("%s of %d units, each activation with its matched initialization, "
                + "softmax cross-entropy, mini-batch " + any.optimizer().name() + " (learning rate %s, batch %d) "
                + "for %s on %s, %s. Seed "
                + "k gives every activation the same initial-weight stream and batch order, so the comparison with "
                + "%s is paired. %s Loss intervals are of the geometric mean over the seeds (Student's t on the "
                + "log scale, so they stay above 0). p-values are two-sided paired "
                + "t-tests of test accuracy, adjusted by Holm's method over the %d comparisons; * marks adjusted "
                + "p < 0.05. %s", Counts.hiddenLayers(any.depth()), any.width(), Rates.text(any.learningRate()),
                any.batchSize(), Counts.epochs(any.epochs()), c.data().description(), Counts.seeds(c.seeds()),
                baseline, SeedStats.INTERVALS, c.cells().size() - 1, SeedStats.fewSeedsNote(c.seeds()));
    }

    /** Each activation against the baseline, then the spread of the speeds of convergence. */
    static List<String> findings(Cells c) {
        Comparison vs = Comparison.of(c);
        List<String> out = new ArrayList<>();
        for (Cell x : c.cells()) {
            Paired t = vs.of(x);
            if (t != null && t.tested()) {
                out.add(String.format("%s: %s in test accuracy, %s (Holm-adjusted p = %.3f).", activation(x),
                        difference(t.diff(), vs.name()), t.significant() ? "a difference the seeds support"
                                : "within what the seeds' noise explains", t.holm()));
            }
        }
        out.add(speed(c));
        return out;
    }

    /** Speed of convergence, which can differ where final accuracy does not. */
    private static String speed(Cells c) {
        String fastest = null;
        String slowest = null;
        double fast = Double.POSITIVE_INFINITY;
        double slow = Double.NEGATIVE_INFINITY;
        for (Cell x : c.cells()) {
            MeanSd reached = x.stat(EPOCHS_TO_LOSS);
            // A run that never gets there (or diverged) makes the activation the slowest.
            double m = reached.n() == x.seeds() ? reached.mean() : Double.POSITIVE_INFINITY;
            if (m < fast) {
                fast = m;
                fastest = activation(x);
            }
            if (m > slow) {
                slow = m;
                slowest = activation(x);
            }
        }
        return String.format("Speed: the mean number of epochs to a training loss of %s ranges from %.1f "
                + "(%s) to %s (%s).", LOSS_THRESHOLD, fast, fastest,
                Double.isInfinite(slow) ? "never, for some seeds" : String.format("%.1f", slow), slowest);
    }

    /**
     * "higher than relu by 0.012", or, where the difference rounds to 0 at three decimals, "the same as relu's to
     * three decimals" (not "lower than relu by 0.000").
     */
    static String difference(double diff, String baseline) {
        if (Math.abs(diff) < 0.0005) {
            return "the same as " + baseline + "'s to three decimals" + (diff == 0 ? ""
                    : String.format(" (%s by %.1e)", diff > 0 ? "higher" : "lower", Math.abs(diff)));
        }
        return String.format("%s than %s by %.3f", diff > 0 ? "higher" : "lower", baseline, Math.abs(diff));
    }
}
