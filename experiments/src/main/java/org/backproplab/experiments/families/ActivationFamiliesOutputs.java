package org.backproplab.experiments.families;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.EpochMeans;
import org.backproplab.experiments.run.EpochRecord;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.LayerHistogram;
import org.backproplab.experiments.run.RunResult;
import org.backproplab.experiments.run.RunSpec;
import org.backproplab.experiments.run.Saturation;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Writes the activation families' epochs.csv (every layer's gradient at every epoch), the loss, accuracy and
 * gradient figures and the report.
 */
final class ActivationFamiliesOutputs {
    private ActivationFamiliesOutputs() {
    }

    /**
     * The fraction of saturated outputs of each hidden layer over the epochs, each epoch the mean over the seeds
     * still training.
     */
    static LineChart saturation(String activation, List<RunResult> runs, int hidden) {
        List<Series> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean ragged = false;
        for (int l = 0; l < hidden; l++) {
            final int layer = l;
            EpochMeans mean = EpochMeans.of(runs, e -> layer < e.layerSaturation().length
                    ? e.layerSaturation()[layer] : Double.NaN);
            ragged |= mean.ragged();
            names.add("hidden layer " + (l + 1));
            lines.add(mean.series(names.get(l), false));
        }
        return new LineChart("Saturated outputs per hidden layer, " + activation + " ("
                + Saturation.definition(activation) + "; " + Counts.meanOf(runs.size(), false) + (ragged ? "; " + EpochMeans.RAGGED
                : "") + ")", "epoch", "fraction of outputs saturated", lines, Scale.LINEAR, true).asFraction()
                .withColours(Colours.ordered(names));
    }

    /** Every hidden layer's outputs over the training set after training ({@link LayerHistogram}), as probed. */
    static ContactSheet outputs(String activation, RunResult run) {
        return LayerHistogram.of("Hidden-layer outputs after training, " + activation + ", seed "
                + run.spec().seed() + " (count: units x training samples)", "unit output",
                ActivationFamilies.OUTPUTS.outputs(run));
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results) throws IOException {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(r.spec().hidden().name(), k -> new ArrayList<>()).add(r);
        }
        int layers = results.get(0).first().layerGradients().length;
        try (CsvWriter csv = CsvWriter.create(ctx.file("epochs.csv"), "activation", "seed", "epoch", "layer",
                "weight_grad_norm", "train_loss", "test_accuracy")) {
            for (RunResult r : results) {
                for (EpochRecord e : r.epochs()) {
                    double[] g = e.layerGradients();
                    for (int l = 0; l < g.length; l++) {
                        csv.row(r.spec().hidden().name(), r.spec().seed(), e.epoch(), l + 1, g[l], e.trainLoss(),
                                e.testAccuracy());
                    }
                }
            }
        }
        int epochs = results.get(0).spec().epochs();
        chart(ctx, "loss.png", "Training loss", "training loss (log scale)", groups, EpochRecord::trainLoss,
                Scale.LOG);
        chart(ctx, "accuracy.png", "Test accuracy", "test accuracy", groups, EpochRecord::testAccuracy,
                Scale.LINEAR);
        chart(ctx, "first-layer-gradient.png", "|dJ/dW| of the first hidden layer",
                "|dJ/dW| on the training set (log scale)", groups, e -> e.layerGradients()[0], Scale.LOG);
        double[] layerAxis = new double[layers];
        for (int l = 0; l < layers; l++) {
            layerAxis[l] = l + 1;
        }
        for (String when : List.of("init", "end")) {
            List<Series> series = new ArrayList<>();
            for (var g : groups.entrySet()) {
                double[] mean = new double[layers];
                double[] sd = new double[layers];
                for (int l = 0; l < layers; l++) {
                    final int layer = l;
                    MeanSd m = MeanSd.of(g.getValue().stream().mapToDouble(r -> (when.equals("init") ? r.first()
                            : r.last()).layerGradients()[layer]).toArray());
                    mean[l] = m.mean();
                    sd[l] = m.sd();
                }
                series.add(new Series(g.getKey(), layerAxis, mean, sd));
            }
            new LineChart("|dJ/dW| per layer " + (when.equals("init") ? "at initialization" : "after training")
                    + " (layer " + layers + " is the output; " + Counts.meanOf(grid.seeds(), true) + ")",
                    "layer (1 = nearest the input)",
                    "|dJ/dW| on the training set (log scale)", series, Scale.LOG, true)
                    .writePng(ctx.file("gradient-by-layer-" + when + ".png"), 900, 560);
        }
        List<String> perActivation = new ArrayList<>();
        for (var g : groups.entrySet()) {
            String file = "saturation-" + g.getKey() + ".png";
            saturation(g.getKey(), g.getValue(), layers - 1).writePng(ctx.file(file), 900, 560);
            perActivation.add(file);
        }
        for (var g : groups.entrySet()) {
            String file = "outputs-" + g.getKey() + ".png";
            LayerHistogram.writePng(outputs(g.getKey(), g.getValue().get(0)), ctx.file(file));
            perActivation.add(file);
        }
        MarkdownReport r = new MarkdownReport("Sigmoid, tanh and ReLU in a deep network");
        RunSpec any = results.get(0).spec();
        r.paragraph(String.format("%s of %d units, initialization " + grid.initText()
                + ", learning rate " + grid.learningRateText() + ", softmax cross-entropy, mini-batch "
                + any.optimizer().name() + " (batch %d) for %s "
                + "on %s, %s. "
                + "After every epoch the loss, the test accuracy and the gradient of every layer's weights on the "
                + "whole training set are measured.", Counts.hiddenLayers(any.depth()), any.width(), any.batchSize(),
                Counts.epochs(epochs), data.description(), Counts.seeds(groups.values().iterator().next().size())));
        r.heading("What it shows");
        List<String> findings = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<RunResult> runs = g.getValue();
            double ratioInit = MeanSd.of(runs.stream().mapToDouble(x -> x.first().layerGradients()[0]
                    / x.first().layerGradients()[layers - 1]).toArray()).mean();
            double ratioEnd = MeanSd.of(runs.stream().mapToDouble(x -> x.last().layerGradients()[0]
                    / x.last().layerGradients()[layers - 1]).toArray()).mean();
            double acc = MeanSd.of(runs.stream().mapToDouble(x -> x.last().testAccuracy()).toArray()).mean();
            double chance = 1.0 / data.classes();
            double[] accs = runs.stream().mapToDouble(x -> x.last().testAccuracy()).toArray();
            List<RunResult> relu = groups.get("relu");
            String vsRelu = "";
            if (relu != null && !g.getKey().equals("relu")) {
                double p = SeedStats.welchP(accs, relu.stream().mapToDouble(x -> x.last().testAccuracy()).toArray());
                vsRelu = Double.isNaN(p) ? "" : String.format("; against ReLU's, Welch's t-test p = %.2g (%s)", p,
                        p < 0.05 ? "a real difference" : "not distinguishable from seed noise");
            }
            findings.add(String.format("%s: the first hidden layer's gradient is %.1e of the output layer's at "
                    + "initialization and %.1e after training; test accuracy %.3f, 95%% CI %s%s%s.", g.getKey(),
                    ratioInit, ratioEnd, acc, SeedStats.accuracyCi95Text(accs, data.testX().rows()), acc < chance + 0.02
                            ? " (chance: it never learned)" : "", vsRelu));
        }
        r.bullets(findings);
        r.image("Gradient per layer at initialization", "gradient-by-layer-init.png");
        r.image("Gradient per layer after training", "gradient-by-layer-end.png");
        r.image("Gradient of the first hidden layer during training", "first-layer-gradient.png");
        r.image("Training loss", "loss.png");
        r.image("Test accuracy", "accuracy.png");
        for (String f : perActivation) {
            r.image(f.replace(".png", "").replace('-', ' '), f);
        }
        r.paragraph(SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(groups.values().iterator().next().size()));
        r.paragraph("Every layer of every epoch of every run is in epochs.csv.");
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }

    private static void chart(RunContext ctx, String file, String title, String yLabel,
            Map<String, List<RunResult>> groups, ToDoubleFunction<EpochRecord> value, Scale scale)
            throws IOException {
        List<Series> series = new ArrayList<>();
        boolean ragged = false;
        for (var g : groups.entrySet()) {
            EpochMeans mean = EpochMeans.of(g.getValue(), value);
            ragged |= mean.ragged();
            series.add(mean.series(g.getKey(), true));
        }
        int seeds = groups.values().iterator().next().size();
        LineChart chart = new LineChart(title + " (" + Counts.meanOf(seeds, true) + (ragged ? "; "
                + EpochMeans.RAGGED : "") + ")", "epoch", yLabel, series, scale, true);
        (yLabel.contains("accuracy") ? chart.asFraction() : chart).writePng(ctx.file(file), 900, 560);
    }
}
