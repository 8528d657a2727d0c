package org.backproplab.experiments.vanishinggradient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Nielsen's chapter-5 measurement under his own recipe ("Neural Networks and Deep Learning", chapter 5, "The
 * vanishing gradient problem"; his network2.py and generate_gradient.py): [784, 30, ..., 30, 10] sigmoid networks
 * with 2, 3 and 4 hidden layers, his initialization (N(0,1)/sqrt(n_in) weights, N(0,1) biases), a sigmoid output
 * layer with cross-entropy, pixels in [0, 1], and the norm of each hidden layer's bias gradient, averaged over
 * 1,000 training images, at initialization. His numbers are printed beside ours with a verdict for each.
 */
final class NielsenRecipe {
    /**
     * The norms he publishes, first hidden layer first, by the number of hidden layers: one run of his code each
     * (chapter 5: [0.07, 0.31]; [0.012, 0.060, 0.283]; [0.003, 0.017, 0.070, 0.285]).
     */
    static final Map<Integer, double[]> PUBLISHED = Map.of(
            2, new double[] {0.07, 0.31},
            3, new double[] {0.012, 0.060, 0.283},
            4, new double[] {0.003, 0.017, 0.070, 0.285});

    /** The same numbers as he prints them, to his digits. */
    private static final Map<Integer, List<String>> PRINTED = Map.of(
            2, List.of("0.07", "0.31"),
            3, List.of("0.012", "0.060", "0.283"),
            4, List.of("0.003", "0.017", "0.070", "0.285"));

    /** His recipe as a sweep: the measurement is at initialization, so one epoch of his SGD (eta 0.1) follows. */
    static final Sweep SWEEP = Sweep.named("vanishing-gradient, Nielsen's recipe",
                    "Nielsen's measurement under his recipe")
            .with(Axis.DATASET, "mnist-10k-raw")
            .with(Axis.ACTIVATIONS, "sigmoid")
            .with(Axis.DEPTHS, "2..4")
            .with(Axis.WIDTH, "30")
            .with(Axis.BATCH, "10")
            .with(Axis.LR, "0.1")
            .with(Axis.INIT, "nielsen")
            .with(Axis.LOSS, "binary-cross-entropy")
            .epochs(1)
            .seeds(10, 2)
            .swept(Axis.DEPTHS)
            .probes(VanishingGradient.LAYERS);

    private NielsenRecipe() {
    }

    static String recipe(Cells c) {
        return String.format("His recipe, as his code has it: sigmoid hidden layers of 30 units (%s), weights "
                + "N(0,1)/sqrt(n_in) and biases N(0,1), a sigmoid output layer with cross-entropy, pixels in [0, 1] "
                + "(data: %s), and the norm of each hidden layer's bias gradient averaged over 1,000 training images, at "
                + "initialization; %s of our initialization, where his table is one run. Our 1,000 images are "
                + "drawn across the ten digits of the shipped 10,000-digit subset (his: the first 1,000 of his "
                + "shuffled 50,000), so the images differ, not the recipe.", depths(c), c.data().description(),
                Counts.seeds(c.seeds()));
    }

    private static String depths(Cells c) {
        return c.cells().stream().map(cell -> Integer.toString(cell.spec().depth())).reduce((a, b) -> a + ", " + b)
                .map(d -> d + " hidden layers").orElse("none");
    }

    /** The header of the table: his number, ours, the verdict. */
    static List<String> header(Cells c) {
        return List.of("hidden layers", "layer", "Nielsen", "ours, mean +/- sd (" + Counts.seeds(c.seeds()) + ")",
                "verdict");
    }

    /** One row per hidden layer of every depth he publishes, then the last/first ratio of each. */
    static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double[] his = PUBLISHED.get(cell.spec().depth());
            if (his == null) {
                continue;
            }
            for (int l = 0; l < his.length; l++) {
                MeanSd ours = cell.stat(VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0, l));
                rows.add(List.of(Integer.toString(his.length), Integer.toString(l + 1), PRINTED.get(his.length).get(l),
                        String.format("%.3g +/- %.2g", ours.mean(), ours.sd()), verdict(his[l], ours)));
            }
            double[] ratios = ratios(cell);
            MeanSd r = MeanSd.of(ratios);
            rows.add(List.of(Integer.toString(his.length), "last / first", String.format("%.1f", his[his.length - 1]
                    / his[0]), String.format("%.1f +/- %.1f (range %.1f to %.1f)", r.mean(), r.sd(), min(ratios),
                    max(ratios)), verdict(his[his.length - 1] / his[0], r)));
        }
        return rows;
    }

    /** For each depth: how many of his numbers fall inside one sd of ours, and inside two. */
    static List<String> verdicts(Cells c) {
        List<String> out = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double[] his = PUBLISHED.get(cell.spec().depth());
            if (his == null) {
                continue;
            }
            int one = 0;
            int two = 0;
            for (int l = 0; l < his.length; l++) {
                MeanSd ours = cell.stat(VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0, l));
                double z = Math.abs(his[l] - ours.mean()) / ours.sd();
                one += z <= 1 ? 1 : 0;
                two += z <= 2 ? 1 : 0;
            }
            out.add(String.format("%d hidden layers: %d of his %d numbers are inside one sd of ours, %d inside two; "
                    + "the gradient shrinks %.1fx from the last hidden layer to the first (his: %.1fx).",
                    his.length, one, his.length, two, MeanSd.of(ratios(cell)).mean(), his[his.length - 1] / his[0]));
        }
        if (out.isEmpty()) {
            out.add("No network of this run has 2, 3 or 4 hidden layers, the depths he publishes.");
        }
        out.add("His table is one run of his code; one run of a recipe falls inside one sd of the recipe's mean "
                + "about two times in three and inside two sd about 19 times in 20, which is what the verdicts "
                + "test. The last/first ratios here are each seed's own ratio, averaged."
                + (SeedStats.fewSeedsNote(c.seeds()).isEmpty() ? "" : " " + SeedStats.fewSeedsNote(c.seeds())
                        .replace("-Dseeds", "-Dnielsen.seeds")));
        return out;
    }

    private static String verdict(double his, MeanSd ours) {
        double z = Math.abs(his - ours.mean()) / ours.sd();
        return !(ours.sd() > 0) ? "n/a (one seed)" : z <= 1 ? "inside 1 sd" : z <= 2 ? "inside 2 sd"
                : String.format("outside (%.1f sd)", z);
    }

    /** Each seed's last/first ratio at initialization. */
    private static double[] ratios(Cell cell) {
        int depth = cell.spec().depth();
        return cell.runs().stream().mapToDouble(r -> {
            double[] g = VanishingGradient.LAYERS.reading(r, ProbeSetLayers.BIAS_GRADIENT)[0];
            return g[depth - 1] / g[0];
        }).toArray();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** Ours (mean, band +/- 1 sd) per depth over its hidden layers, his published numbers as crosses in its colour. */
    static Figure figure(Cells c) {
        List<Series> series = new ArrayList<>();
        for (Cell cell : c.cells()) {
            int depth = cell.spec().depth();
            double[] x = new double[depth];
            double[] mean = new double[depth];
            double[] sd = new double[depth];
            for (int l = 0; l < depth; l++) {
                MeanSd m = cell.stat(VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0, l));
                x[l] = l + 1;
                mean[l] = m.mean();
                sd[l] = m.sd();
            }
            series.add(new Series(depth + " hidden layers, ours", x, mean, sd));
        }
        for (Cell cell : c.cells()) {
            double[] his = PUBLISHED.get(cell.spec().depth());
            if (his != null) {
                double[] x = new double[his.length];
                for (int l = 0; l < his.length; l++) {
                    x[l] = l + 1;
                }
                series.add(Series.crosses(his.length + " hidden layers, Nielsen", x, his));
            }
        }
        return new LineChart("|dJ/db| of each hidden layer at initialization, Nielsen's recipe (ours: "
                + Counts.meanOf(c.seeds(), true) + "; x: his published numbers)",
                "hidden layer (1 = nearest the input)", "|dJ/db| over 1,000 images (log scale)", series, Scale.LOG,
                true).withColours(Colours.ordered(c.cells().stream().map(cell -> cell.spec().depth()
                        + " hidden layers").toList()));
    }
}
