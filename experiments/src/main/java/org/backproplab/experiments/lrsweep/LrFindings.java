package org.backproplab.experiments.lrsweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Rates;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.reporting.MeanSd;

/** What the learning-rate sweep's report says: its recipe in words and the findings read off its numbers. */
final class LrFindings {
    private LrFindings() {
    }

    static String recipe(Cells c) {
        RunSpec any = c.first().spec();
        return String.format("Networks of %s of %d units (each activation with its matched "
                + "initialization), softmax cross-entropy, mini-batch " + any.optimizer().name() + " with batch %d "
                + "for %s on %s, at learning "
                + "rates " + c.grid().learningRateText() + ", %s each. A run whose training loss becomes NaN or "
                + "infinite is stopped and counted as diverged; the loss means leave diverged runs out. %s %s",
                Counts.hiddenLayers(any.depth()), any.width(), any.batchSize(), Counts.epochs(any.epochs()),
                c.data().description(), Counts.seeds(c.seeds()), SeedStats.INTERVALS,
                SeedStats.fewSeedsNote(c.seeds()));
    }

    /**
     * For each activation: the rate of the lowest final loss, the rates where runs diverged, those where the loss
     * ended above its start, and the first rate above the best where the networks that did not diverge guess.
     */
    static List<String> findings(Cells c) {
        // Failing without a NaN: a network no better than guessing (a ReLU net whose units all died).
        double chance = 1.0 / c.data().classes();
        int testItems = c.data().testX().rows();
        List<String> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> {
            List<Cell> mine = cells.cells();
            Cell best = mine.stream().filter(x -> loss(x).n() > 0)
                    .min(Comparator.comparingDouble(x -> loss(x).mean())).orElse(null);
            Cell firstFailed = best == null ? null : mine.stream()
                    .filter(x -> lr(x) > lr(best) && accuracy(x).n() > 0 && accuracy(x).mean() < chance + 0.05)
                    .findFirst().orElse(null);
            out.add(String.format("%s: lowest final loss %s%s%s%s.", activation,
                    best == null ? "none (every run diverged)" : String.format("%.3g at learning rate %s (test "
                            + "accuracy %.3f, 95%% CI %s)", loss(best).mean(), Rates.text(lr(best)),
                            accuracy(best).mean(), best.accuracyCi95Text(testItems)),
                    diverged(mine), blewUp(mine),
                    firstFailed == null ? "" : String.format("; at learning rate %s the networks that did not "
                            + "diverge do no better than guessing (test accuracy %.3f, chance %.3f): training failed "
                            + "without a NaN", Rates.text(lr(firstFailed)), accuracy(firstFailed).mean(), chance)));
        });
        return out;
    }

    /**
     * Every rate at which a run diverged, with how many of its runs did: rates are not ordered by failure (a rate
     * can diverge where a larger one stops at a huge finite loss), so none is called the rate "from" which runs
     * diverge.
     */
    static String diverged(List<Cell> cells) {
        List<String> at = cells.stream().filter(c -> c.diverged() > 0)
                .map(c -> Rates.text(lr(c)) + " (" + c.diverged() + " of " + c.seeds() + ")").toList();
        return at.isEmpty() ? "; no run's loss became NaN or infinite"
                : "; runs diverged (loss NaN or infinite) at learning rate" + (at.size() > 1 ? "s " : " ")
                        + String.join(", ", at);
    }

    /**
     * Rates whose runs ended with a finite loss above the one they started from: they blew up without a NaN, which
     * "no run diverged" would hide.
     */
    static String blewUp(List<Cell> cells) {
        List<String> at = new ArrayList<>();
        double start = Double.NaN;
        for (Cell c : cells) {
            double initial = MeanSd.of(c.runs().stream().mapToDouble(r -> r.first().trainLoss()).toArray()).mean();
            if (loss(c).n() > 0 && loss(c).mean() > initial) {
                at.add(String.format("%s (%.3g)", Rates.text(lr(c)), loss(c).mean()));
                start = initial;
            }
        }
        return at.isEmpty() ? "" : String.format("; at learning rate%s %s the final loss is above the %.3g it "
                + "started from: those runs blew up without a NaN", at.size() > 1 ? "s" : "", String.join(", ", at),
                start);
    }

    private static double lr(Cell c) {
        return c.spec().learningRate();
    }

    private static MeanSd loss(Cell c) {
        return c.stat(Metric.FINAL_TRAIN_LOSS);
    }

    private static MeanSd accuracy(Cell c) {
        return c.stat(Metric.TEST_ACCURACY);
    }
}
