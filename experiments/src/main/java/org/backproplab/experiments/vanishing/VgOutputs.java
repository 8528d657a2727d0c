package org.backproplab.experiments.vanishing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.LayerHistogram;
import org.backproplab.experiments.run.Saturation;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** vanishing-gradient's layers.csv, figures and REPORT.md. */
final class VgOutputs {
    private VgOutputs() {
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, List<VgResult> results) throws IOException {
        int epochs = grid.epochs();
        try (CsvWriter csv = CsvWriter.create(ctx.file("layers.csv"), "activation", "init", "depth", "seed", "epoch",
                "layer", "grad_norm", "act_mean", "act_sd", "saturation", "test_accuracy")) {
            for (VgResult r : results) {
                for (int e = 0; e <= epochs; e++) {
                    for (int l = 0; l < r.depth(); l++) {
                        csv.row(r.spec().hidden().name(), r.initName(), r.depth(), r.seed(), e,
                                l + 1, r.gradNorm()[e][l], r.actMean()[e][l], r.actSd()[e][l], r.saturation()[e][l],
                                r.testAccuracy()[e]);
                    }
                }
            }
        }
        Map<String, List<VgResult>> byConfig = new LinkedHashMap<>();
        for (VgResult r : results) {
            byConfig.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
        }
        double[] layerAxis = new double[results.get(0).depth()];
        for (int l = 0; l < layerAxis.length; l++) {
            layerAxis[l] = l + 1;
        }
        int seeds = byConfig.values().iterator().next().size();
        String band = " (" + Counts.meanOf(seeds, true) + ")";
        byLayer(ctx, "gradient-by-layer-at-init.png", "|dJ/db| of each hidden layer at initialization" + band,
                "|dJ/db| over 1,000 images (log scale)", byConfig, layerAxis, r -> r.gradNorm()[0], Scale.LOG);
        byLayer(ctx, "gradient-by-layer-after-training.png", "|dJ/db| of each hidden layer after " + epochs
                + " epochs" + band, "|dJ/db| over 1,000 images (log scale)", byConfig, layerAxis,
                r -> r.gradNorm()[epochs], Scale.LOG);
        byLayer(ctx, "saturation-by-layer-at-init.png", "Saturated units at initialization (output within 0.01 of a "
                + "limit; ReLU: net <= 0)" + band, "fraction of outputs saturated", byConfig, layerAxis,
                r -> r.saturation()[0], Scale.LINEAR);
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            List<Series> lines = new ArrayList<>();
            double[] epochAxis = new double[epochs + 1];
            for (int i = 0; i <= epochs; i++) {
                epochAxis[i] = i;
            }
            for (int l = 0; l < layerAxis.length; l++) {
                final int layer = l;
                double[] mean = new double[epochs + 1];
                for (int i = 0; i <= epochs; i++) {
                    final int epoch = i;
                    mean[i] = MeanSd.of(e.getValue().stream().mapToDouble(r -> r.gradNorm()[epoch][layer])
                            .toArray()).mean();
                }
                lines.add(Series.of("hidden layer " + (l + 1), epochAxis, mean));
            }
            new LineChart("|dJ/db| per hidden layer during training: " + e.getKey() + " ("
                    + Counts.meanOf(e.getValue().size(), false) + ")", "epoch",
                    "|dJ/db| over 1,000 images (log scale)", lines, Scale.LOG, true)
                    .withColours(Colours.ordered(layerNames(layerAxis.length)))
                    .writePng(ctx.file("gradient-over-training-" + e.getKey().replace(", ", "-") + ".png"), 900,
                            560);
        }
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            overEpochs(e.getValue(), epochs, layerAxis.length, r -> r.saturation())
                    .apply("Saturated units per hidden layer during training: " + e.getKey() + " ("
                            + Saturation.definition(e.getKey()) + "; " + Counts.meanOf(e.getValue().size(), false)
                            + ")",
                            "fraction of outputs saturated")
                    .writePng(ctx.file("saturation-over-training-" + e.getKey().replace(", ", "-") + ".png"), 900,
                            560);
        }
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            LayerHistogram.writePng(histogram(e.getKey(), e.getValue().get(0), epochs),
                    ctx.file("activations-" + e.getKey().replace(", ", "-") + ".png"));
        }
        VgReport.write(ctx, grid, data, epochs, byConfig);
    }

    /** Every hidden layer's outputs after training, on the 1,000 probe images ({@link LayerHistogram}). */
    static ContactSheet histogram(String config, VgResult run, int epochs) {
        return LayerHistogram.of("Hidden-layer outputs after " + epochs + (epochs == 1 ? " epoch: " : " epochs: ")
                + config + ", seed " + run.seed() + " (count: units x 1,000 images)", "unit output",
                run.outputsAtEnd());
    }

    private static List<String> layerNames(int layers) {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            names.add("hidden layer " + (l + 1));
        }
        return names;
    }

    /** One line per hidden layer over the epochs, the mean over seeds of {@code values[epoch][layer]}. */
    static java.util.function.BiFunction<String, String, LineChart> overEpochs(List<VgResult> runs, int epochs,
            int layers, Function<VgResult, double[][]> values) {
        double[] epochAxis = new double[epochs + 1];
        for (int i = 0; i <= epochs; i++) {
            epochAxis[i] = i;
        }
        List<Series> lines = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            final int layer = l;
            double[] mean = new double[epochs + 1];
            for (int i = 0; i <= epochs; i++) {
                final int epoch = i;
                mean[i] = MeanSd.of(runs.stream().mapToDouble(r -> values.apply(r)[epoch][layer]).toArray()).mean();
            }
            lines.add(Series.of("hidden layer " + (l + 1), epochAxis, mean));
        }
        return (title, yLabel) -> new LineChart(title, "epoch", yLabel, lines, Scale.LINEAR, true).asFraction()
                .withColours(Colours.ordered(layerNames(layers)));
    }

    private static void byLayer(RunContext ctx, String file, String title, String yLabel,
            Map<String, List<VgResult>> byConfig, double[] layerAxis, Function<VgResult, double[]> values,
            Scale scale) throws IOException {
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            double[] mean = new double[layerAxis.length];
            double[] sd = new double[layerAxis.length];
            for (int l = 0; l < layerAxis.length; l++) {
                final int layer = l;
                MeanSd m = MeanSd.of(e.getValue().stream().mapToDouble(r -> values.apply(r)[layer]).toArray());
                mean[l] = m.mean();
                sd[l] = m.sd();
            }
            series.add(new Series(e.getKey(), layerAxis, mean, sd));
        }
        LineChart chart = new LineChart(title, "hidden layer (1 = nearest the input)", yLabel, series, scale, true);
        (yLabel.startsWith("fraction") ? chart.asFraction() : chart).writePng(ctx.file(file), 900, 560);
    }

    /** Mean over seeds of one reading. */
    static double mean(List<VgResult> runs, Function<VgResult, Double> reading) {
        return MeanSd.of(runs.stream().mapToDouble(reading::apply).toArray()).mean();
    }
}
