package org.backproplab.experiments.linearregions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Column;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.RegionCount;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Chart;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.RegionMap;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=linear-regions}: ReLU networks of one count of hidden units ({@code -Dunits=48}) split evenly over
 * 1 to 8 layers, trained on the checkerboard; the linear regions each carves in the plane (its activation regions,
 * {@link RegionCount}) at initialization and after training, against depth on a log axis beside Montufar et al.
 * (2014)'s lower bound and the shallow network's count, and the plane coloured by region, shallow beside deep.
 */
public final class LinearRegions {
    /** The grid over the plane the regions are counted on: 400 x 400 cells, 160,000 points per count. */
    static final int RESOLUTION = 400;

    /** Every run's counts; the first seed's shallowest and deepest also keep the map of the plane. */
    static final RegionCount COUNTS = new RegionCount(RESOLUTION, false, Which.all(), 0.1);
    static final RegionCount MAPS = new RegionCount(RESOLUTION, true, Which.firstSeedAtShallowestAndDeepest(), 0.1);

    static final Metric GRID_INIT = count(RegionCount.GRID, 0, 0, "regions_grid_init");
    static final Metric GRID_TRAINED = count(RegionCount.GRID, 0, 1, "regions_grid_trained");
    static final Metric LINES_INIT = lines(RegionCount.EXACT, 0, "regions_on_lines_exact_init");
    static final Metric LINES_TRAINED = lines(RegionCount.EXACT, 1, "regions_on_lines_exact_trained");
    static final Metric SAMPLED_INIT = lines(RegionCount.SAMPLED, 0, "regions_on_lines_grid_init");
    static final Metric SAMPLED_TRAINED = lines(RegionCount.SAMPLED, 1, "regions_on_lines_grid_trained");

    static final Report<Cells> REPORT = Report.<Cells>titled("Linear regions of ReLU networks vs depth")
            .text(LinearRegionsFindings.CLAIM)
            .text(LinearRegionsFindings::recipe)
            .text(LinearRegionsFindings.BOUNDS)
            .findings(LinearRegionsFindings::findings)
            .figure("regions-vs-depth.png", "Linear regions vs depth, beside the bounds", LinearRegions::regions)
            .figure("regions-on-lines.png", "Regions crossed along four segments: exact and as the grid sees them",
                    LinearRegions::onLines)
            .figure("regions-shallow-vs-deep.png", "The plane coloured by region, shallowest and deepest",
                    c -> maps(c) == null ? null : maps(c).sized(1300, 1250))
            .table("Regions per network (mean over the seeds)", List.of("units", "depth", "width",
                    "Montufar lower bound", "upper bound", "grid, at init", "grid, trained", "4 lines exact, init",
                    "4 lines exact, trained", "4 lines on the grid, trained", "test accuracy"),
                    LinearRegionsFindings::table)
            .text(c -> org.backproplab.experiments.stats.SeedStats.fewSeedsNote(c.seeds()))
            .text("Every run's counts are in summary.csv (means) and in the runs' saved measurements; runs.csv has "
                    + "every epoch's loss and accuracy.");

    public static final Sweep SWEEP = Sweep.named("linear-regions",
                    "linear regions of ReLU networks of 48 units split over 1 to 8 layers, at initialization and after "
                            + "training, beside Montufar et al. 2014's bound")
            .with(Axis.DATASET, "checkerboard")
            .with(Axis.ACTIVATIONS, "relu")
            .with(Axis.DEPTHS, "1,2,3,4,6,8")
            .with(Axis.UNITS, "48")
            .with(Axis.OPTIMIZER, "adam")
            .with(Axis.LR, "0.003")
            .epochs(100)
            .swept(Axis.DEPTHS, Axis.UNITS)
            .quick("seeds", "1", "epochs", "2", "depths", "1,2,4")
            .probes(COUNTS, MAPS)
            .report(REPORT, c -> List.of(column(GRID_INIT), column(GRID_TRAINED), column(LINES_INIT),
                    column(LINES_TRAINED), column(SAMPLED_INIT), column(SAMPLED_TRAINED),
                    Column.of("montufar_lower_bound", x -> Bounds.montufarLower(x.spec().depth(), x.spec().width())),
                    Column.of("upper_bound", x -> Bounds.upper(x.spec().depth(), x.spec().width()))));

    private LinearRegions() {
    }

    /** Row {@code row}, column {@code col} of what {@link #COUNTS} measured of a run. */
    private static Metric count(String name, int row, int col, String column) {
        return new Metric(column, r -> r.measured(COUNTS).get(name)[row][col]);
    }

    /** The regions crossed along all four segments, summed, at initialization (0) or after training (1). */
    private static Metric lines(String name, int when, String column) {
        return new Metric(column, r -> Arrays.stream(r.measured(COUNTS).get(name)[when]).sum());
    }

    private static Column column(Metric m) {
        return Column.of(m.column() + "_mean", x -> x.stat(m).mean());
    }

    /** A line over depth of {@code m}'s mean (band +/- 1 sd) for one unit count. */
    static Series measured(Cells line, String name, Metric m) {
        return line.series(name, Axis.DEPTHS, m, true);
    }

    /** A bound over the depths of {@code line}. */
    static Series bound(Cells line, String name, java.util.function.ToDoubleFunction<Cell> value) {
        double[] x = line.cells().stream().mapToDouble(c -> c.spec().depth()).toArray();
        double[] y = line.cells().stream().mapToDouble(value).toArray();
        return Series.of(name, x, y);
    }

    static LineChart regions(Cells c) {
        List<Series> series = new ArrayList<>();
        boolean several = c.grid().units().size() > 1;
        c.by(Axis.UNITS).forEach((units, line) -> {
            String of = several ? ", " + units : "";
            int n = (int) Axis.UNITS.value(line.first().spec());
            series.add(measured(line, "at initialization (grid)" + of, GRID_INIT));
            series.add(measured(line, "after training (grid)" + of, GRID_TRAINED));
            series.add(bound(line, "Montufar et al. 2014 lower bound" + of,
                    x -> Bounds.montufarLower(x.spec().depth(), x.spec().width())));
            series.add(bound(line, "upper bound min(arr(n)^L, 2^N)" + of,
                    x -> Bounds.upper(x.spec().depth(), x.spec().width())));
            series.add(bound(line, "one layer of " + n + " units: 1 + N + C(N,2)" + of, x -> Bounds.arrangement(n)));
        });
        series.add(bound(c.by(Axis.UNITS).values().iterator().next(), "cells in the grid (" + RESOLUTION * RESOLUTION
                + "): the most it can see", x -> RESOLUTION * RESOLUTION));
        return new LineChart("Linear regions in the plane vs depth, " + Counts.meanOf(c.seeds(), true),
                "hidden layers (the units split evenly over them)", "regions (log scale)", series, Scale.LOG, true);
    }

    static LineChart onLines(Cells c) {
        List<Series> series = new ArrayList<>();
        series.add(measured(c, "exact, at initialization", LINES_INIT));
        series.add(measured(c, "exact, after training", LINES_TRAINED));
        series.add(measured(c, "grid's points, at initialization", SAMPLED_INIT));
        series.add(measured(c, "grid's points, after training", SAMPLED_TRAINED));
        return new LineChart("Regions crossed along the plane's diagonals and midlines, summed ("
                + Counts.meanOf(c.seeds(), true) + ")", "hidden layers", "regions crossed (log scale)", series,
                Scale.LOG, true);
    }

    /** The plane coloured by region: init and trained (rows) x shallowest and deepest (columns), first seed. */
    static ContactSheet maps(Cells c) {
        List<Chart> init = new ArrayList<>();
        List<Chart> trained = new ArrayList<>();
        for (Cell cell : c.cells()) {
            RunResult first = cell.first();
            if (!MAPS.measures(first.spec(), c.grid(), c.data())) {
                continue;
            }
            var m = first.measured(MAPS);
            double[][] range = m.get(RegionCount.RANGE);
            String shape = Counts.hiddenLayers(cell.spec().depth()) + " x " + cell.spec().width();
            init.add(map(m.get(RegionCount.MAP_INIT), range, shape + ", at initialization"));
            trained.add(map(m.get(RegionCount.MAP_TRAINED), range, shape + ", trained"));
        }
        if (init.isEmpty()) {
            return null;
        }
        List<Chart> panels = new ArrayList<>(init);
        panels.addAll(trained);
        return new ContactSheet("Linear regions of the plane, one colour each (seed 1)",
                panels, init.size());
    }

    private static RegionMap map(double[][] cells, double[][] range, String what) {
        int[] ids = Arrays.stream(cells).flatMapToDouble(Arrays::stream).mapToInt(v -> (int) v).toArray();
        long regions = Arrays.stream(ids).distinct().count();
        return new RegionMap(what + ": " + regions + " regions", "x1", "x2", range[0], range[1], RESOLUTION, ids,
                null);
    }
}
