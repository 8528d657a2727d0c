package org.backproplab.experiments.usersweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Defaults;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.DecisionGrid;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.DecisionBoundary;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * What a user's sweep from a file writes, whatever axes it sweeps, declared: the shared tables (every epoch of
 * every run, one summary row per grid point with means, spreads and 95% intervals over the seeds), the figures
 * that fit any grid, and a report whose findings are read off the numbers ({@link UserSweepFindings}).
 *
 * <p>The figures put the first swept numeric axis ({@link #ON_X}) on x, one line per combination of the other
 * swept axes; with no numeric axis swept, the training curves tell the runs apart. A figure with more lines than a
 * legend shows is drawn as panels, one per value of the leading swept axes ({@link Facets}), and on a 2-D data set
 * every grid point's decision boundary is drawn, twelve to a sheet.
 */
public final class UserSweep {
    /** What each grid point's first network makes of the plane, on a 2-D set: small panels, twelve to a sheet. */
    public static final DecisionGrid BOUNDARY = new DecisionGrid(100, Which.firstSeed());


    /**
     * A user's sweep from a file: every axis may be swept, the common defaults fill in what the file leaves out
     * (with 200 epochs on the 2-D sets, as in depth-sweep), and its report has the figures that fit any grid
     * (below).
     */
    public static Sweep declared(String name, String description) {
        return Sweep.named(name, description)
                .epochs(Defaults::epochs)
                .swept(Axis.ACTIVATIONS, Axis.DEPTHS, Axis.WIDTH, Axis.LR, Axis.BATCH, Axis.INIT, Axis.OPTIMIZER,
                        Axis.NORM, Axis.RESIDUAL, Axis.BUDGET, Axis.UNITS)
                .quick("seeds", "1", "epochs", "3")
                .probes(BOUNDARY)
                .report(report(name));
    }

    /**
     * How a numeric axis is drawn on x: the word its figures' files use ("test-accuracy-vs-depth.png"), whether
     * on a log scale, whether with whole-number ticks.
     */
    record OnX(Axis axis, String word, boolean log, boolean wholeNumbers) {
        OnX {
            if (!axis.numeric()) {
                throw new IllegalArgumentException(axis.setting() + " is not a numeric axis; a figure's x needs one");
            }
        }

        LineChart drawn(LineChart chart) {
            return log ? chart.withLogX() : chart;
        }
    }

    /** The axes a figure may put on x, in order of preference: the first the grid sweeps is the one. */
    static final List<OnX> ON_X = List.of(new OnX(Axis.DEPTHS, "depth", false, true),
            new OnX(Axis.LR, "lr", true, false), new OnX(Axis.WIDTH, "width", false, false),
            new OnX(Axis.BATCH, "batch", false, false), new OnX(Axis.BUDGET, "budget", true, false),
            new OnX(Axis.UNITS, "units", false, true));

    private UserSweep() {
    }

    /** The report of the sweep {@code name}, whose results go to results/{@code name}. */
    public static Report<Cells> report(String name) {
        return Report.<Cells>titled("Sweep " + name)
                .text(UserSweepFindings::recipe)
                .findings(UserSweepFindings::findings)
                .figures(c -> overX(c, "test-accuracy-vs-", "Test accuracy vs ", "test accuracy",
                        Metric.TEST_ACCURACY, Scale.LINEAR, LineChart::asFraction))
                .figures(c -> overX(c, "train-loss-vs-", "Final training loss vs ", "training loss (log scale)",
                        Metric.FINAL_TRAIN_LOSS, Scale.LOG, chart -> chart))
                .figures(UserSweep::trainingCurves)
                .figures(UserSweep::boundaries)
                .table("Summary", List.of("run", "test accuracy (mean +/- sd)", "95% CI", "final train loss",
                        "diverged"), UserSweepFindings::summary)
                .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()))
                .text("Every grid point is in summary.csv, every epoch of every run in runs.csv; the full recipe "
                        + "in manifest.json.");
    }

    /** The numeric axis drawn on x: the first of {@link #ON_X} the grid sweeps, if any. */
    static Optional<OnX> onX(Cells c) {
        return ON_X.stream().filter(x -> c.varying().contains(x.axis())).findFirst();
    }

    /**
     * {@code m} over the x axis, mean and band, one line per combination of the other swept axes; none when no
     * numeric axis is swept.
     */
    private static List<Drawn> overX(Cells c, String file, String title, String yLabel, Metric m, Scale scale,
            UnaryOperator<LineChart> style) {
        Optional<OnX> found = onX(c);
        if (found.isEmpty()) {
            return List.of();
        }
        OnX x = found.get();
        List<Axis> others = c.varying().stream().filter(a -> a != x.axis()).toList();
        String full = title + x.axis().xLabel() + " (" + Counts.meanOf(c.seeds(), true) + ")";
        Facets<Cells> facets = Facets.of(new ArrayList<>(c.by(cell -> cell.label(others)).values()),
                line -> line.first().parts(others));
        Colours colours = Colours.categories(facets.names());
        List<LineChart> panels = new ArrayList<>();
        for (Facets.Facet<Cells> f : facets.facets()) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < f.items().size(); i++) {
                series.add(f.items().get(i).series(f.names().get(i), x.axis(), m, true));
            }
            panels.add(style.apply(x.drawn(new LineChart(facets.single() ? full : f.title(), x.axis().xLabel(),
                    yLabel, series, scale, x.wholeNumbers()).withColours(colours))));
        }
        return sheets(file + x.word(), full, panels);
    }

    /** One curve per grid point, each epoch the mean over the seeds still training then. */
    private static List<Drawn> trainingCurves(Cells c) {
        Facets<Cell> facets = Facets.of(c.cells(), cell -> cell.parts(c.varying()));
        Colours colours = Colours.categories(facets.names());
        boolean ragged = c.cells().stream().anyMatch(cell -> EpochMeans.of(cell.runs(), EpochRecord::trainLoss)
                .ragged());
        String title = "Training loss during training (" + Counts.meanOf(c.seeds(), false)
                + (ragged ? "; " + EpochMeans.RAGGED : "") + ")";
        List<LineChart> panels = new ArrayList<>();
        for (Facets.Facet<Cell> f : facets.facets()) {
            List<Series> curves = new ArrayList<>();
            for (int i = 0; i < f.items().size(); i++) {
                curves.add(EpochMeans.of(f.items().get(i).runs(), EpochRecord::trainLoss).series(f.names().get(i),
                        false));
            }
            panels.add(new LineChart(facets.single() ? title : f.title(), "epoch", "training loss (log scale)",
                    curves, Scale.LOG, true).withColours(colours));
        }
        return sheets("training-loss", title, panels);
    }

    /**
     * What each grid point's first network makes of the plane, on a 2-D set: every grid point, twelve to a contact
     * sheet ({@code boundaries.png}, {@code boundaries-2.png}...), each read from its probe.
     */
    private static List<Drawn> boundaries(Cells c) {
        if (!BOUNDARY.fits(c.data())) {
            return List.of();
        }
        List<DecisionBoundary> panels = new ArrayList<>();
        for (Cell cell : c.cells()) {
            panels.add(BOUNDARY.boundary(cell.first(), c.data(), String.format("%s: %.3f", cell.label(c.varying()),
                    cell.first().last().testAccuracy())));
        }
        List<ContactSheet> sheets = ContactSheet.of("What the first seed's network of each of the "
                + c.cells().size() + " grid points makes of the plane, and its test accuracy", panels,
                Math.min(4, panels.size()), true, false);
        return numbered("boundaries", sheets, s -> s.sized(Math.max(700, 330 * s.columns()), 110 + 320 * s.rows()));
    }

    /**
     * One figure, or, when its lines are more than a legend can show, one panel per value of the leading swept
     * axes on as many contact sheets as it takes: {@code name.png}, {@code name-2.png}...
     */
    private static List<Drawn> sheets(String name, String title, List<LineChart> panels) {
        if (panels.size() == 1) {
            return List.of(new Drawn(name + ".png", caption(name + ".png"), panels.get(0)));
        }
        return numbered(name, ContactSheet.of(title, panels, panels.size() <= 4 ? 2 : 3, true, true),
                s -> s.sized(450 * s.columns(), 130 + 330 * s.rows()));
    }

    private static List<Drawn> numbered(String name, List<ContactSheet> sheets, Function<ContactSheet, Figure> sized) {
        List<Drawn> out = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            String file = name + (s == 0 ? "" : "-" + (s + 1)) + ".png";
            out.add(new Drawn(file, caption(file), sized.apply(sheets.get(s))));
        }
        return out;
    }

    /** A figure's caption is its file's name in words: "test accuracy vs depth", "boundaries 2". */
    private static String caption(String file) {
        return file.replace(".png", "").replace('-', ' ');
    }
}
