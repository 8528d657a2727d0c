package org.backproplab.experiments.vanishinggradient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.LayerHistogram;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.LayerOutputs;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=vanishing-gradient}: the classic measurement of how fast each layer learns (Nielsen, chapter 5):
 * for a [784, 30, 30, 30, 30, 10] network on the shipped MNIST subset, the norm of every hidden layer's bias
 * gradient over 1,000 training images, at initialization and after each epoch, for sigmoid, tanh and ReLU, each
 * with the "standard" initialization U[-1/sqrt(n_in), 1/sqrt(n_in)] and with its matched one (Glorot for sigmoid
 * and tanh, He for ReLU); with each layer's activation mean, spread and saturation. A sweep like the others: its
 * measurement is a probe ({@link ProbeSetLayers}) on the one training path, and each axis can be overridden the
 * same way (the layer plots need one depth and one width). A grid point is one network, "sigmoid, standard".
 */
public final class VanishingGradient {
    /**
     * The probe set: 1,000 training images drawn across the digits, as Nielsen's generate_gradient.py takes the
     * first 1,000 of his shuffled MNIST (the first 1,000 of ours, stored digit by digit, are zeros and ones).
     */
    static final int PROBE = 1000;

    /** Every hidden layer's bias gradient, activation mean, spread and saturation on the probe set, every epoch. */
    static final ProbeSetLayers LAYERS = new ProbeSetLayers(PROBE, Which.all());

    /** Every hidden unit's output on the probe set after training, for the first seed's histograms. */
    static final LayerOutputs OUTPUTS = new LayerOutputs(PROBE, Which.firstSeed());

    private static final String GRADIENT = "|dJ/db| over 1,000 images (log scale)";

    /** layers.csv's columns: a run, an epoch and a hidden layer per row. */
    static final List<String> LAYERS_HEADER = List.of("activation", "init", "depth", "seed", "epoch", "layer",
            "grad_norm", "act_mean", "act_sd", "saturation", "test_accuracy");

    static final Report<Cells> REPORT = Report.<Cells>titled("The vanishing gradient, layer by layer")
            .text(VanishingGradientFindings::recipe)
            .findings(VanishingGradientFindings::findings)
            .figure("gradient-by-layer-at-init.png", "Gradient per layer at initialization", c -> byLayer(c,
                    "|dJ/db| of each hidden layer at initialization", GRADIENT, ProbeSetLayers.BIAS_GRADIENT, 0,
                    Scale.LOG))
            .figure("gradient-by-layer-after-training.png", "Gradient per layer after training", c -> byLayer(c,
                    "|dJ/db| of each hidden layer after " + c.grid().epochs() + " epochs", GRADIENT,
                    ProbeSetLayers.BIAS_GRADIENT, c.grid().epochs(), Scale.LOG))
            .figure("saturation-by-layer-at-init.png", "Saturation per layer at initialization", c -> byLayer(c,
                    "Saturated units at initialization (" + definitions(c) + ")",
                    "fraction of outputs saturated", ProbeSetLayers.SATURATION, 0, Scale.LINEAR).asFraction())
            .figures(c -> eachNetwork(c, "gradient-over-training-", "Gradient per layer during training, ",
                    VanishingGradient::gradientOverTraining))
            .figures(c -> eachNetwork(c, "activations-", "Hidden-layer outputs after training, ",
                    VanishingGradient::outputs))
            .figures(c -> eachNetwork(c, "saturation-over-training-", "Saturation per layer during training, ",
                    VanishingGradient::saturationOverTraining))
            .figures(c -> eachNetwork(c, "activation-mean-over-training-", "Mean output per layer during training "
                    + "(band: its spread across the units), ", VanishingGradient::meanOverTraining))
            .table("Numbers", VanishingGradientFindings::header, VanishingGradientFindings::numbers)
            .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()))
            .text(VanishingGradientFindings::whereTheNumbersAre)
            .csv("layers.csv", LAYERS_HEADER, VanishingGradient::layers);

    public static final Sweep SWEEP = Sweep.named("vanishing-gradient",
                    "how fast each layer of a 784-30x4-10 net learns: bias-gradient norm per layer, by activation "
                            + "and init")
            .with(Axis.DATASET, "mnist-10k")
            .with(Axis.DEPTHS, "4")
            .with(Axis.WIDTH, "30")
            .with(Axis.BATCH, "10")
            .with(Axis.INIT, "uniform," + Grid.AUTO)
            .epochs(10)
            .swept(Axis.ACTIVATIONS, Axis.INIT)
            .quick("seeds", "1", "epochs", "1")
            .probes(LAYERS, OUTPUTS)
            .report(REPORT);

    private VanishingGradient() {
    }

    /**
     * The study's names for its two initializations: "standard" for U[-1/sqrt(n_in), 1/sqrt(n_in)], "matched" for
     * the one an {@code auto} in the grid chose for the activation; any other keeps its own name.
     */
    static String initLabel(Grid grid, RunSpec spec) {
        String name = spec.initializer().name();
        if (name.equals("uniform")) {
            return "standard";
        }
        boolean matched = grid.inits().contains(Grid.AUTO)
                && Initializer.matchedTo(spec.hidden()).name().equals(name) && !grid.inits().contains(name);
        return matched ? "matched" : name;
    }

    /** What "saturated" means for each activation of the grid, once each: "sigmoid, tanh: ...; relu: net <= 0". */
    static String definitions(Cells c) {
        Map<String, List<String>> byDefinition = new LinkedHashMap<>();
        for (Activation a : c.grid().activations()) {
            byDefinition.computeIfAbsent(a.saturationDefinition(), k -> new ArrayList<>()).add(a.name());
        }
        List<String> parts = new ArrayList<>();
        byDefinition.forEach((definition, names) -> parts.add(String.join(", ", names) + ": " + definition));
        return String.join("; ", parts);
    }

    /** A grid point's name in legends, file names and the report: its activation and initialization. */
    static String network(Cells c, Cell cell) {
        return cell.spec().hidden().name() + ", " + initLabel(c.grid(), cell.spec());
    }

    /** {@code reading} (one of {@link ProbeSetLayers}'s) of hidden layer {@code layer} (0 nearest the input). */
    static Metric layer(String reading, int epoch, int layer) {
        return new Metric(reading + "_epoch_" + epoch + "_layer_" + (layer + 1),
                r -> LAYERS.reading(r, reading)[epoch][layer]);
    }

    /** One line per network over the hidden layers: {@code reading} at {@code epoch}, mean and band over the seeds. */
    static LineChart byLayer(Cells c, String title, String yLabel, String reading, int epoch, Scale scale) {
        int depth = c.first().spec().depth();
        List<Series> series = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double[] mean = new double[depth];
            double[] sd = new double[depth];
            for (int l = 0; l < depth; l++) {
                MeanSd m = cell.stat(layer(reading, epoch, l));
                mean[l] = m.mean();
                sd[l] = m.sd();
            }
            series.add(new Series(network(c, cell), hiddenLayers(depth), mean, sd));
        }
        return new LineChart(title + " (" + Counts.meanOf(c.seeds(), true) + ")",
                "hidden layer (1 = nearest the input)", yLabel, series, scale, true);
    }

    /** One figure per network, {@code file} + its name, e.g. "gradient-over-training-tanh-matched.png". */
    private static List<Drawn> eachNetwork(Cells c, String file, String caption,
            BiFunction<Cells, Cell, Figure> draw) {
        return c.cells().stream().map(cell -> new Drawn(file + network(c, cell).replace(", ", "-") + ".png",
                caption + network(c, cell), draw.apply(c, cell))).toList();
    }

    private static Figure gradientOverTraining(Cells c, Cell cell) {
        return new LineChart("|dJ/db| per hidden layer during training: " + network(c, cell) + " ("
                + Counts.meanOf(c.seeds(), false) + ")", "epoch", GRADIENT,
                overEpochs(c, cell, ProbeSetLayers.BIAS_GRADIENT), Scale.LOG, true).withColours(layerColours(cell));
    }

    /**
     * Each hidden layer's mean output over the epochs, with its spread across units and images as the band:
     * Glorot and Bengio's (2010) Fig. 2, where a sigmoid network's last hidden layer sinks to 0.
     */
    private static Figure meanOverTraining(Cells c, Cell cell) {
        int epochs = c.grid().epochs();
        double[] epochAxis = new double[epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            epochAxis[e] = e;
        }
        List<Series> lines = new ArrayList<>();
        for (int l = 0; l < cell.spec().depth(); l++) {
            double[] mean = new double[epochs + 1];
            double[] spread = new double[epochs + 1];
            for (int e = 0; e <= epochs; e++) {
                mean[e] = cell.stat(layer(ProbeSetLayers.MEAN, e, l)).mean();
                spread[e] = cell.stat(layer(ProbeSetLayers.SD, e, l)).mean();
            }
            lines.add(new Series("hidden layer " + (l + 1), epochAxis, mean, spread));
        }
        return new LineChart("Mean output per hidden layer during training: " + network(c, cell) + " (band: +/- "
                + "its sd across units and images; " + Counts.meanOf(c.seeds(), false) + ")", "epoch",
                "layer output", lines, Scale.LINEAR, true).withColours(layerColours(cell));
    }

    private static Figure saturationOverTraining(Cells c, Cell cell) {
        return new LineChart("Saturated units per hidden layer during training: " + network(c, cell) + " ("
                + cell.spec().hidden().saturationDefinition() + "; " + Counts.meanOf(c.seeds(), false) + ")",
                "epoch", "fraction of outputs saturated", overEpochs(c, cell, ProbeSetLayers.SATURATION),
                Scale.LINEAR, true).asFraction().withColours(layerColours(cell));
    }

    /** Every hidden layer's outputs after training, on the 1,000 probe images ({@link LayerHistogram}). */
    private static Figure outputs(Cells c, Cell cell) {
        RunResult first = cell.first();
        return LayerHistogram.sized(LayerHistogram.of("Hidden-layer outputs after " + Counts.epochs(c.grid().epochs())
                + ": " + network(c, cell) + ", seed " + first.spec().seed() + " (count: units x 1,000 images)",
                "unit output", OUTPUTS.outputs(first)));
    }

    /** One line per hidden layer over the epochs (0: at initialization), the mean over the seeds of {@code reading}. */
    private static List<Series> overEpochs(Cells c, Cell cell, String reading) {
        int epochs = c.grid().epochs();
        double[] epochAxis = new double[epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            epochAxis[e] = e;
        }
        List<Series> lines = new ArrayList<>();
        for (int l = 0; l < cell.spec().depth(); l++) {
            double[] mean = new double[epochs + 1];
            for (int e = 0; e <= epochs; e++) {
                mean[e] = cell.stat(layer(reading, e, l)).mean();
            }
            lines.add(Series.of("hidden layer " + (l + 1), epochAxis, mean));
        }
        return lines;
    }

    /** 1, 2, ... {@code depth}: the hidden layers as an x axis. */
    private static double[] hiddenLayers(int depth) {
        double[] x = new double[depth];
        for (int l = 0; l < depth; l++) {
            x[l] = l + 1;
        }
        return x;
    }

    /** The same colour for a layer in every figure, in order from the input. */
    private static Colours layerColours(Cell cell) {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < cell.spec().depth(); l++) {
            names.add("hidden layer " + (l + 1));
        }
        return Colours.ordered(names);
    }

    /** layers.csv: every hidden layer of every run at every epoch it recorded, with the test accuracy then. */
    static List<List<Object>> layers(Cells c) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : c.runs()) {
            double[][] grad = LAYERS.reading(r, ProbeSetLayers.BIAS_GRADIENT);
            double[][] mean = LAYERS.reading(r, ProbeSetLayers.MEAN);
            double[][] sd = LAYERS.reading(r, ProbeSetLayers.SD);
            double[][] saturation = LAYERS.reading(r, ProbeSetLayers.SATURATION);
            for (int e = 0; e < r.epochs().size(); e++) {
                for (int l = 0; l < r.spec().depth(); l++) {
                    rows.add(List.of(r.spec().hidden().name(), initLabel(c.grid(), r.spec()), r.spec().depth(),
                            r.spec().seed(), e, l + 1, grad[e][l], mean[e][l], sd[e][l], saturation[e][l],
                            r.epochs().get(e).testAccuracy()));
                }
            }
        }
        return rows;
    }
}
