package org.backproplab.experiments.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Series;

/**
 * A sweep's results grouped into {@link Cell}s, one per grid point, in the grid's order, with the grid and data
 * they came from: what every table, figure and finding of a study is computed from.
 */
public record Cells(Grid grid, TrainingData data, List<Cell> cells) {
    public Cells {
        cells = List.copyOf(cells);
    }

    /** {@code results} (in any order of seeds) grouped by everything in their spec but the seed. */
    public static Cells of(Grid grid, TrainingData data, List<RunResult> results) {
        Map<RunSpec, List<RunResult>> byPoint = new LinkedHashMap<>();
        for (RunResult r : results) {
            RunSpec s = r.spec();
            RunSpec point = new RunSpec(s.hidden(), s.depth(), s.width(), s.initializer(), s.optimizer(),
                    s.batchSize(), s.epochs(), 0, s.data(), s.loss(), s.budget());
            byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(r);
        }
        List<Cell> cells = new ArrayList<>();
        byPoint.values().forEach(runs -> cells.add(new Cell(runs.get(0).spec(), runs)));
        return new Cells(grid, data, cells);
    }

    /** Every run, in the grid's order. */
    public List<RunResult> runs() {
        return cells.stream().flatMap(c -> c.runs().stream()).toList();
    }

    /** The seeds per grid point the grid asked for. */
    public int seeds() {
        return grid.seeds();
    }

    /** The axes with more than one value. */
    public List<Axis> varying() {
        return grid.varying();
    }

    /** The cells grouped by their value on {@code axis}, e.g. by activation name, in order. */
    public Map<String, Cells> by(Axis axis) {
        return by(c -> axis.describe(c.spec()));
    }

    /** The cells grouped by {@code key}, in order. */
    public Map<String, Cells> by(Function<Cell, String> key) {
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        for (Cell c : cells) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        Map<String, Cells> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, new Cells(grid, data, v)));
        return out;
    }

    /** The cells of one value of {@code axis} (as {@link Axis#describe} names it). */
    public Cells where(Axis axis, String value) {
        return new Cells(grid, data, cells.stream().filter(c -> axis.describe(c.spec()).equals(value)).toList());
    }

    /**
     * One line over the numeric axis {@code x}: at each cell's value on it, the mean of {@code m} (and, with
     * {@code band}, a band of +/- one sd).
     */
    public Series series(String name, Axis x, Metric m, boolean band) {
        double[] xs = cells.stream().mapToDouble(c -> x.value(c.spec())).toArray();
        double[] mean = cells.stream().mapToDouble(c -> c.stat(m).mean()).toArray();
        double[] sd = band ? cells.stream().mapToDouble(c -> c.stat(m).sd()).toArray() : null;
        return new Series(name, xs, mean, sd);
    }

    /** One line per group of {@code lines} over {@code x}, each named by its group. */
    public List<Series> lines(Axis lines, Axis x, Metric m, boolean band) {
        List<Series> out = new ArrayList<>();
        by(lines).forEach((name, cs) -> out.add(cs.series(name, x, m, band)));
        return out;
    }

    /** The statistic of {@code m} over every run of every cell here (the runs that did not diverge). */
    public MeanSd stat(Metric m) {
        return MeanSd.of(cells.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values(m))).toArray());
    }

    public Cell first() {
        return cells.get(0);
    }

    public Cell last() {
        return cells.get(cells.size() - 1);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
