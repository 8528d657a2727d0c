package org.backproplab.experiments.vanishing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.MarkdownReport;

/** The vanishing-gradient report: what was run, what the numbers say, the figures. */
final class VgReport {
    private VgReport() {
    }

    static void write(RunContext ctx, Grid grid, TrainingData data, int epochs, Map<String, List<VgResult>> byConfig)
            throws IOException {
        VgResult any = byConfig.values().iterator().next().get(0);
        int seeds = byConfig.values().iterator().next().size();
        MarkdownReport r = new MarkdownReport("The vanishing gradient, layer by layer");
        r.paragraph(String.format("Networks of %s of %d units, softmax output, trained by mini-batch "
                + any.spec().optimizer().name() + " (batch %d) for %s on %s; %d training and %d test images; %s "
                + "each. Before the "
                + "first update and after every epoch, the gradient of the mean loss over the first %d training "
                + "images is taken, and for each hidden layer the norm of dJ/db is recorded: how fast that layer's "
                + "biases would learn (Nielsen, Neural Networks and Deep Learning, chapter 5). 'standard' is the "
                + "initialization U[-1/sqrt(n_in), 1/sqrt(n_in)]; 'matched' is Glorot's for sigmoid and tanh, "
                + "He's for ReLU.", Counts.hiddenLayers(any.depth()), any.spec().width(), any.spec().batchSize(),
                Counts.epochs(epochs), data.description(), data.trainX().rows(), data.testX().rows(),
                Counts.seeds(seeds), VanishingGradient.PROBE));
        r.heading("What it shows");
        r.bullets(findings(byConfig, epochs));
        r.image("Gradient per layer at initialization", "gradient-by-layer-at-init.png");
        r.image("Gradient per layer after training", "gradient-by-layer-after-training.png");
        r.image("Saturation per layer at initialization", "saturation-by-layer-at-init.png");
        for (String config : byConfig.keySet()) {
            r.image("Gradient per layer during training, " + config,
                    "gradient-over-training-" + config.replace(", ", "-") + ".png");
        }
        for (String config : byConfig.keySet()) {
            r.image("Hidden-layer outputs after training, " + config,
                    "activations-" + config.replace(", ", "-") + ".png");
        }
        for (String config : byConfig.keySet()) {
            r.image("Saturation per layer during training, " + config,
                    "saturation-over-training-" + config.replace(", ", "-") + ".png");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            List<VgResult> runs = e.getValue();
            List<String> row = new ArrayList<>();
            row.add(e.getKey());
            for (int l = 0; l < any.depth(); l++) {
                final int layer = l;
                row.add(String.format("%.2e", VgOutputs.mean(runs, x -> x.gradNorm()[0][layer])));
            }
            row.add(String.format("%.3f", VgOutputs.mean(runs, x -> x.testAccuracy()[epochs])));
            row.add(SeedStats.accuracyCi95Text(runs.stream().mapToDouble(x -> x.testAccuracy()[epochs]).toArray(),
                    data.testX().rows()));
            rows.add(row);
        }
        r.heading("Numbers");
        List<String> header = new ArrayList<>(List.of("network", "|dJ/db| layer 1 at init"));
        for (int l = 2; l <= any.depth(); l++) {
            header.add("layer " + l);
        }
        header.add("test accuracy after training");
        header.add("95% CI");
        r.table(header, rows);
        r.paragraph(SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(byConfig.values().iterator().next().size()));
        r.paragraph("Every layer, epoch and seed, with activation means, spreads and saturation, is in layers.csv. "
                + "Learning rate: " + grid.learningRateText() + (grid.learningRates().isEmpty()
                        ? " (each activation has its own; see depth-sweep's report for why)." : "."));
        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }

    /** Sentences computed from the numbers: which way the gradient changes from the last hidden layer to the first. */
    static List<String> findings(Map<String, List<VgResult>> byConfig, int epochs) {
        List<String> out = new ArrayList<>();
        int last = byConfig.values().iterator().next().get(0).depth() - 1;
        for (Map.Entry<String, List<VgResult>> e : byConfig.entrySet()) {
            List<VgResult> runs = e.getValue();
            double first = VgOutputs.mean(runs, x -> x.gradNorm()[0][0]);
            double lastLayer = VgOutputs.mean(runs, x -> x.gradNorm()[0][last]);
            double ratio = lastLayer / first;
            String direction = ratio > 1.5 ? String.format("the first hidden layer receives a gradient %.1fx smaller "
                    + "than the last", ratio)
                    : ratio < 1 / 1.5 ? String.format("the first hidden layer receives a gradient %.1fx larger than "
                    + "the last (the gradient grows towards the input)", 1 / ratio)
                    : String.format("the gradient is about the same in every hidden layer (last/first = %.2f)",
                            ratio);
            double saturation = VgOutputs.mean(runs, x -> x.saturation()[0][last]);
            // For a rectifier, "saturated" means silent (net <= 0): say so, it is not the sigmoid's flat tails.
            String state = runs.get(0).spec().hidden().name().contains("relu") ? "silent (net <= 0)"
                    : "saturated";
            // The test behind "smaller": is log(last / first) over the seeds away from 0?
            double p = SeedStats.oneSampleP(runs.stream()
                    .mapToDouble(x -> Math.log(x.gradNorm()[0][last] / x.gradNorm()[0][0])).toArray());
            String test = Double.isNaN(p) ? "" : String.format(" (one-sample t-test of log(last/first) over %d "
                    + "seeds: p = %.2g%s)", runs.size(), p, p < 0.05 ? "" : ", not distinguishable from equal");
            out.add(String.format("%s: at initialization %s%s; %.0f%% of the last hidden layer's activations are "
                    + "%s; test accuracy after %d epochs %.3f.", e.getKey(), direction, test, 100 * saturation, state,
                    epochs, VgOutputs.mean(runs, x -> x.testAccuracy()[epochs])));
        }
        return out;
    }
}
