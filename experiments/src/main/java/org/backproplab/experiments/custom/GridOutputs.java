package org.backproplab.experiments.custom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.Axis;
import org.backproplab.experiments.probe.DecisionGrid;
import org.backproplab.experiments.probe.Which;
import org.backproplab.experiments.run.EpochMeans;
import org.backproplab.experiments.run.EpochRecord;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.DecisionBoundary;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * What any grid writes, whatever axes it sweeps (a user's sweep file): every epoch of every run, one summary row
 * per grid point with means, spreads and 95% confidence intervals over the seeds, the figures that fit the grid,
 * and a report whose findings are read off the numbers.
 *
 * <p>The figures put the first swept numeric axis (depth, learning rate, width, batch) on x, one line per
 * combination of the other swept axes; with no numeric axis swept, the training curves tell the runs apart. A
 * figure with more lines than a legend shows is drawn as panels, one per value of the leading swept axes
 * ({@link Facets}), and on a 2-D data set every grid point's decision boundary is drawn, twelve to a sheet.
 */
public final class GridOutputs {
    /** What each grid point's first network makes of the plane, on a 2-D set: small panels, twelve to a sheet. */
    public static final DecisionGrid BOUNDARY = new DecisionGrid(100, Which.firstSeed());

    private GridOutputs() {
    }

    /** The runs of one grid point over its seeds. */
    record Point(String label, RunSpec spec, List<RunResult> runs) {
        MeanSd stat(ToDoubleFunction<RunResult> f) {
            return MeanSd.of(runs.stream().filter(r -> !r.diverged()).mapToDouble(f).toArray());
        }

        MeanSd accuracy() {
            return stat(r -> r.last().testAccuracy());
        }

        long diverged() {
            return runs.stream().filter(RunResult::diverged).count();
        }
    }

    public static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results)
            throws IOException {
        writeRuns(ctx, results);
        List<Point> points = points(grid, results);
        writeSummary(ctx, points, data.testX().rows());
        List<String> figures = figures(ctx, grid, points);
        if (data.inputs() == 2) {
            figures.addAll(boundaries(ctx, data, points));
        }
        report(ctx, grid, data, points, figures);
    }

    /** A run's name by the swept axes other than {@code x} (and the seed), e.g. "tanh, lr 0.1". */
    static String label(Grid grid, RunSpec s, Axis x) {
        return String.join(", ", parts(grid, s, x));
    }

    /** The parts of {@link #label}, one per swept axis other than {@code x}: "tanh", "lr 0.1". */
    static List<String> parts(Grid grid, RunSpec s, Axis x) {
        List<String> parts = new ArrayList<>();
        for (Axis a : grid.varying()) {
            if (a == x) {
                continue;
            }
            parts.add(a.describe(s));
        }
        return parts.isEmpty() ? List.of(s.hidden().name()) : parts;
    }

    /** The numeric axis drawn on x: the first swept one, if any. */
    static Axis xAxis(Grid grid) {
        for (Axis a : List.of(Axis.DEPTHS, Axis.LR, Axis.WIDTH, Axis.BATCH)) {
            if (grid.varying().contains(a)) {
                return a;
            }
        }
        return null;
    }

    private static List<Point> points(Grid grid, List<RunResult> results) {
        Map<String, List<RunResult>> byPoint = new LinkedHashMap<>();
        for (RunResult r : results) {
            byPoint.computeIfAbsent(label(grid, r.spec(), null), k -> new ArrayList<>()).add(r);
        }
        List<Point> points = new ArrayList<>();
        byPoint.forEach((label, runs) -> points.add(new Point(label, runs.get(0).spec(), runs)));
        return points;
    }

    private static void writeRuns(RunContext ctx, List<RunResult> results) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("runs.csv"), "activation", "depth", "width", "lr", "batch",
                "init", "optimizer", "seed", "diverged_at_epoch", "epoch", "train_loss", "train_accuracy", "test_loss",
                "test_accuracy",
                "first_layer_gradient", "output_layer_gradient")) {
            for (RunResult r : results) {
                RunSpec s = r.spec();
                for (EpochRecord e : r.epochs()) {
                    csv.row(s.hidden().name(), s.depth(), s.width(), s.learningRate(), s.batchSize(),
                            s.initializer().name(), s.optimizer().name(), s.seed(), r.diverged() ? r.divergedAt() : "",
                            e.epoch(), e.trainLoss(),
                            e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.firstLayerGradient(),
                            e.lastLayerGradient());
                }
            }
        }
    }

    private static void writeSummary(RunContext ctx, List<Point> points, int testItems) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "depth", "width", "lr",
                "batch", "init", "optimizer", "seeds", "diverged", "test_accuracy_mean", "test_accuracy_sd",
                "test_accuracy_ci95_low", "test_accuracy_ci95_high", "final_train_loss_mean", "final_train_loss_sd",
                "gradient_ratio_at_init_mean", "train_time_ms")) {
            for (Point p : points) {
                RunSpec s = p.spec();
                MeanSd acc = p.accuracy();
                double[] ci = SeedStats.accuracyCi95(p.runs().stream().filter(r -> !r.diverged())
                        .mapToDouble(r -> r.last().testAccuracy()).toArray(), testItems);
                MeanSd loss = p.stat(r -> r.last().trainLoss());
                // Diverged runs are left out of the means (their loss is NaN); "diverged" says how many there were.
                csv.row(s.hidden().name(), s.depth(), s.width(), s.learningRate(), s.batchSize(),
                        s.initializer().name(), s.optimizer().name(), p.runs().size(), p.diverged(), acc.mean(), acc.sd(),
                        ci[0], ci[1], loss.mean(), loss.sd(),
                        MeanSd.of(p.runs().stream().mapToDouble(r -> r.first().firstLayerGradient()
                                / r.first().lastLayerGradient()).toArray()).mean(),
                        MeanSd.of(p.runs().stream().mapToDouble(RunResult::millis).toArray()).mean());
            }
        }
    }

    private static List<String> figures(RunContext ctx, Grid grid, List<Point> points) throws IOException {
        List<String> files = new ArrayList<>();
        String seeds = " (" + Counts.meanOf(grid.seeds(), true) + ")";
        Axis x = xAxis(grid);
        if (x != null) {
            String xLabel = x.xLabel();
            Map<List<String>, List<Point>> lines = new LinkedHashMap<>();
            for (Point p : points) {
                lines.computeIfAbsent(parts(grid, p.spec(), x), k -> new ArrayList<>()).add(p);
            }
            String name = x == Axis.DEPTHS ? "depth" : x.setting();
            chart(ctx, files, "test-accuracy-vs-" + name, "Test accuracy vs " + xLabel + seeds,
                    xLabel, "test accuracy", lines, x, Point::accuracy, Scale.LINEAR);
            chart(ctx, files, "train-loss-vs-" + name, "Final training loss vs " + xLabel + seeds,
                    xLabel, "training loss (log scale)", lines, x, p -> p.stat(r -> r.last().trainLoss()), Scale.LOG);
        }
        // One curve per grid point, each epoch the mean over the seeds still training then.
        Facets<Point> facets = Facets.of(points, p -> parts(grid, p.spec(), null));
        Colours colours = Colours.categories(facets.names());
        boolean ragged = points.stream().anyMatch(p -> EpochMeans.of(p.runs(), EpochRecord::trainLoss).ragged());
        String title = "Training loss during training (" + Counts.meanOf(grid.seeds(), false)
                + (ragged ? "; " + EpochMeans.RAGGED : "") + ")";
        List<LineChart> panels = new ArrayList<>();
        for (Facets.Facet<Point> f : facets.facets()) {
            List<Series> curves = new ArrayList<>();
            for (int i = 0; i < f.items().size(); i++) {
                curves.add(EpochMeans.of(f.items().get(i).runs(), EpochRecord::trainLoss).series(f.names().get(i),
                        false));
            }
            panels.add(new LineChart(facets.single() ? title : f.title(), "epoch", "training loss (log scale)",
                    curves, Scale.LOG, true).withColours(colours));
        }
        write(ctx, files, "training-loss", title, panels);
        return files;
    }

    /**
     * One figure, or, when its lines are more than a legend can show, one panel per value of the leading swept
     * axes on as many contact sheets as it takes: {@code name.png}, {@code name-2.png}...
     */
    private static void write(RunContext ctx, List<String> files, String name, String title, List<LineChart> panels)
            throws IOException {
        if (panels.size() == 1) {
            panels.get(0).writePng(ctx.file(name + ".png"), 900, 560);
            files.add(name + ".png");
            return;
        }
        List<ContactSheet> sheets = ContactSheet.of(title, panels, panels.size() <= 4 ? 2 : 3, true, true);
        for (int s = 0; s < sheets.size(); s++) {
            String file = name + (s == 0 ? "" : "-" + (s + 1)) + ".png";
            ContactSheet sheet = sheets.get(s);
            sheet.writePng(ctx.file(file), 450 * sheet.columns(), 130 + 330 * sheet.rows());
            files.add(file);
        }
    }

    /**
     * What each grid point's first network makes of the plane: every grid point, twelve to a contact sheet
     * ({@code boundaries.png}, {@code boundaries-2.png}...), each read from its probe.
     */
    private static List<String> boundaries(RunContext ctx, TrainingData data, List<Point> points)
            throws IOException {
        List<DecisionBoundary> panels = new ArrayList<>();
        for (Point p : points) {
            RunResult first = p.runs().get(0);
            panels.add(BOUNDARY.boundary(first, data, String.format("%s: %.3f", p.label(),
                    first.last().testAccuracy())));
        }
        List<String> files = new ArrayList<>();
        List<ContactSheet> sheets = ContactSheet.of("What the first seed's network of each of the " + points.size()
                + " grid points makes of the plane, and its test accuracy", panels, Math.min(4, panels.size()), true,
                false);
        for (int s = 0; s < sheets.size(); s++) {
            String file = "boundaries" + (s == 0 ? "" : "-" + (s + 1)) + ".png";
            ContactSheet sheet = sheets.get(s);
            sheet.writePng(ctx.file(file), Math.max(700, 330 * sheet.columns()), 110 + 320 * sheet.rows());
            files.add(file);
        }
        return files;
    }

    private static void chart(RunContext ctx, List<String> files, String file, String title, String xLabel,
            String yLabel, Map<List<String>, List<Point>> lines, Axis x, java.util.function.Function<Point, MeanSd> stat,
            Scale scale) throws IOException {
        Facets<Map.Entry<List<String>, List<Point>>> facets = Facets.of(new ArrayList<>(lines.entrySet()),
                Map.Entry::getKey);
        Colours colours = Colours.categories(facets.names());
        List<LineChart> panels = new ArrayList<>();
        for (Facets.Facet<Map.Entry<List<String>, List<Point>>> f : facets.facets()) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < f.items().size(); i++) {
                List<Point> ps = f.items().get(i).getValue();
                series.add(new Series(f.names().get(i), ps.stream().mapToDouble(p -> x.value(p.spec())).toArray(),
                        ps.stream().mapToDouble(p -> stat.apply(p).mean()).toArray(),
                        ps.stream().mapToDouble(p -> stat.apply(p).sd()).toArray()));
            }
            LineChart chart = new LineChart(facets.single() ? title : f.title(), xLabel, yLabel, series, scale,
                    x == Axis.DEPTHS).withColours(colours);
            chart = x == Axis.LR ? chart.withLogX() : chart;
            panels.add(yLabel.contains("accuracy") ? chart.asFraction() : chart);
        }
        write(ctx, files, file, title, panels);
    }

    private static void report(RunContext ctx, Grid grid, TrainingData data, List<Point> points,
            List<String> figures) throws IOException {
        MarkdownReport r = new MarkdownReport("Sweep " + ctx.output().getFileName().toString()
                .replaceAll("^\\.|\\.running$", ""));
        r.paragraph(String.format("%d grid points x %s: activations %s; depths %s; width %s; learning rate "
                + "%s; batch %s; initialization %s; optimizer %s; %s on %s (%d training, %d test samples). "
                + "Softmax cross-entropy on an identity output layer.", points.size(), Counts.seeds(grid.seeds()),
                grid.activations().stream().map(a -> a.name()).toList(), grid.depths(), grid.widths(),
                grid.learningRateText(), grid.batches(), grid.initText(), grid.optimizers(),
                Counts.epochs(grid.epochs()), data.description(), data.trainX().rows(), data.testX().rows()));
        r.heading("What it shows");
        r.bullets(findings(points, data.classes()));
        for (String f : figures) {
            r.image(f.replace(".png", "").replace('-', ' '), f);
        }
        r.heading("Summary");
        List<List<String>> rows = new ArrayList<>();
        for (Point p : points) {
            rows.add(List.of(p.label(), String.format("%.3f +/- %.3f", p.accuracy().mean(), p.accuracy().sd()),
                    SeedStats.accuracyCi95Text(p.runs().stream().filter(x -> !x.diverged())
                            .mapToDouble(x -> x.last().testAccuracy()).toArray(), data.testX().rows()),
                    String.format("%.4f", p.stat(x -> x.last().trainLoss()).mean()), Long.toString(p.diverged())));
        }
        r.table(List.of("run", "test accuracy (mean +/- sd)", "95% CI", "final train loss", "diverged"), rows);
        r.paragraph(SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(grid.seeds()));
        r.paragraph("Every grid point is in summary.csv, every epoch of every run in runs.csv; the full recipe "
                + "in manifest.json.");
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }

    /** The best and worst grid points, and what diverged or stayed at chance, read off the numbers. */
    static List<String> findings(List<Point> points, int classes) {
        List<String> out = new ArrayList<>();
        List<Point> trained = points.stream().filter(p -> p.accuracy().n() > 0).toList();
        if (trained.isEmpty()) {
            out.add("Every run diverged (its loss became NaN or infinite).");
            return out;
        }
        Point best = trained.stream().max(Comparator.comparingDouble(p -> p.accuracy().mean())).orElseThrow();
        Point worst = trained.stream().min(Comparator.comparingDouble(p -> p.accuracy().mean())).orElseThrow();
        out.add(String.format("Best: %s, test accuracy %.3f +/- %.3f.", best.label(), best.accuracy().mean(),
                best.accuracy().sd()));
        if (worst != best) {
            out.add(String.format("Worst: %s, test accuracy %.3f +/- %.3f.", worst.label(), worst.accuracy().mean(),
                    worst.accuracy().sd()));
        }
        double chance = 1.0 / classes;
        List<String> atChance = trained.stream().filter(p -> p.accuracy().mean() < chance + 0.02)
                .map(Point::label).toList();
        if (!atChance.isEmpty()) {
            out.add("No better than guessing (within 0.02 of " + String.format("%.2f", chance) + "): "
                    + String.join("; ", atChance) + ".");
        }
        long diverged = points.stream().mapToLong(Point::diverged).sum();
        out.add(diverged == 0 ? "No run diverged." : diverged + " runs diverged (loss NaN or infinite): "
                + String.join("; ", points.stream().filter(p -> p.diverged() > 0)
                        .map(p -> p.label() + " " + p.diverged() + " of " + p.runs().size()).toList()) + ".");
        return out;
    }
}
