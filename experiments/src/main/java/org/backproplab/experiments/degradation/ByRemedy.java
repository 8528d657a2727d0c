package org.backproplab.experiments.degradation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.reporting.Series;

/** One activation's cells, split by {@link Remedy}: the lines of the study's figures and the pairs of its findings. */
record ByRemedy(String activation, Cells cells) {

    /** The cells grouped by activation, in the grid's order. */
    static List<ByRemedy> of(Cells all) {
        List<ByRemedy> out = new ArrayList<>();
        all.by(Axis.ACTIVATIONS).forEach((a, c) -> out.add(new ByRemedy(a, c)));
        return out;
    }

    /** The remedies this grid has, in order, each with its cells. */
    Map<Remedy, Cells> remedies() {
        Map<Remedy, Cells> out = new java.util.EnumMap<>(Remedy.class);
        for (Remedy r : Remedy.all()) {
            List<Cell> mine = cells.cells().stream().filter(c -> Remedy.of(c.spec()) == r).toList();
            if (!mine.isEmpty()) {
                out.put(r, new Cells(cells.grid(), cells.data(), mine));
            }
        }
        return out;
    }

    /** One line per remedy of {@code m} over depth. */
    List<Series> lines(Metric m, boolean band) {
        List<Series> out = new ArrayList<>();
        remedies().forEach((r, c) -> out.add(drawable(c.series(r.label(), Axis.DEPTHS, m, band))));
        return out;
    }

    /**
     * A line where it has two points or more; where every run diverged at all but one depth (identity shortcuts
     * without normalization), that one depth as a mark, which a line of one point would not show.
     */
    private static Series drawable(Series s) {
        List<Integer> finite = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.y()[i])) {
                finite.add(i);
            }
        }
        if (finite.size() >= 2 || finite.isEmpty()) {
            return s;
        }
        int i = finite.get(0);
        return Series.points(s.name() + " (diverged elsewhere)", new double[] {s.x()[i]}, new double[] {s.y()[i]});
    }

    /**
     * One line per remedy of the first layer's gradient at initialization over depth, from every run: it is measured
     * before the first step, so a run that diverged later has it too (and the networks that diverge are the ones
     * whose gradient at initialization says most).
     */
    List<Series> gradientLines() {
        List<Series> out = new ArrayList<>();
        remedies().forEach((r, c) -> {
            double[] x = c.cells().stream().mapToDouble(cell -> cell.spec().depth()).toArray();
            double[] mean = new double[x.length];
            double[] sd = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double[] v = c.cells().get(i).runs().stream().mapToDouble(Metric.FIRST_LAYER_GRADIENT_AT_INIT::of)
                        .filter(Double::isFinite).toArray();
                var stat = org.backproplab.reporting.MeanSd.of(v);
                mean[i] = stat.mean();
                sd[i] = stat.sd();
            }
            out.add(new Series(r.label(), x, mean, sd));
        });
        return out;
    }

    /** Each remedy's training loss over the epochs at depth {@code depth}. */
    List<Series> curvesAt(int depth) {
        List<Series> out = new ArrayList<>();
        remedies().forEach((r, c) -> cell(c, depth).ifPresent(cell -> out.add(
                EpochMeans.of(cell.trained().isEmpty() ? cell.runs() : cell.trained(), EpochRecord::trainLoss)
                        .series(r.label(), false))));
        return out;
    }

    /** Each remedy's shallowest against its deepest network. */
    List<DepthPair> pairs() {
        List<DepthPair> out = new ArrayList<>();
        remedies().forEach((r, c) -> {
            if (c.cells().size() > 1) {
                java.util.Comparator<Cell> byDepth = java.util.Comparator.comparingInt(x -> x.spec().depth());
                out.add(new DepthPair(r, c.cells().stream().min(byDepth).orElseThrow(),
                        c.cells().stream().max(byDepth).orElseThrow()));
            }
        });
        return out;
    }

    /** The cell of {@code remedy} at {@code depth}, if the grid has it. */
    Optional<Cell> at(Remedy remedy, int depth) {
        Cells c = remedies().get(remedy);
        return c == null ? Optional.empty() : cell(c, depth);
    }

    private static Optional<Cell> cell(Cells c, int depth) {
        return c.cells().stream().filter(x -> x.spec().depth() == depth).findFirst();
    }
}
