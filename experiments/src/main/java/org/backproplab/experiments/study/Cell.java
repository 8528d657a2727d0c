package org.backproplab.experiments.study;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.MeanSd;

/**
 * The runs of one grid point (every axis at one value), over its seeds, in seed order: what a row of summary.csv,
 * a point of a figure and a clause of a finding describe. Its statistics leave out the runs that diverged (their
 * loss is NaN and their accuracy that of a network of NaN weights); {@link #diverged()} says how many there were.
 */
public record Cell(RunSpec spec, List<RunResult> runs) {
    public Cell {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a cell holds at least one run");
        }
    }

    /** How many seeds it was run with. */
    public int seeds() {
        return runs.size();
    }

    public long diverged() {
        return runs.stream().filter(RunResult::diverged).count();
    }

    /** The runs that did not diverge. */
    public List<RunResult> trained() {
        return runs.stream().filter(r -> !r.diverged()).toList();
    }

    /**
     * The mean of {@code m} as {@code format} writes it, or "every run diverged" where none trained: a mean over
     * no runs is no number, and "NaN" in a table tells a reader nothing.
     */
    public String meanText(Metric m, String format) {
        return trained().isEmpty() ? "every run diverged" : String.format(format, stat(m).mean());
    }

    /** {@code m} of every run that did not diverge, in seed order. */
    public double[] values(Metric m) {
        return trained().stream().mapToDouble(m::of).toArray();
    }

    /** Mean and sd of {@code m} over the runs that did not diverge. */
    public MeanSd stat(Metric m) {
        return MeanSd.of(values(m));
    }

    /** The 95% interval of the test accuracy over the seeds and the test items ({@link SeedStats#accuracyCi95}). */
    public double[] accuracyCi95(int testItems) {
        return SeedStats.accuracyCi95(values(Metric.TEST_ACCURACY), testItems);
    }

    public String accuracyCi95Text(int testItems) {
        return SeedStats.accuracyCi95Text(values(Metric.TEST_ACCURACY), testItems);
    }

    /** The first seed's run: the one whose network a figure draws. */
    public RunResult first() {
        return runs.get(0);
    }

    /** This cell's name by {@code axes}' values, e.g. "tanh, lr 0.1"; the activation if {@code axes} is empty. */
    public String label(List<Axis> axes) {
        return String.join(", ", parts(axes));
    }

    /** The parts of {@link #label}: one per axis. */
    public List<String> parts(List<Axis> axes) {
        List<String> parts = new ArrayList<>();
        for (Axis a : axes) {
            parts.add(a.describe(spec));
        }
        return parts.isEmpty() ? List.of(spec.hidden().name()) : parts;
    }
}
