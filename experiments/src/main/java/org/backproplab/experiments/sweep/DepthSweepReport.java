package org.backproplab.experiments.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.Provenance;
import org.backproplab.experiments.RunContext;
import org.backproplab.experiments.run.Counts;
import org.backproplab.experiments.run.SeedStats;
import org.backproplab.experiments.run.Grid;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.reporting.MarkdownReport;

/** The depth sweep's REPORT.md: the recipe, what the numbers say, the figures and the summary table. */
final class DepthSweepReport {
    private DepthSweepReport() {
    }

    static void write(RunContext ctx, Grid config, TrainingData data, List<DepthSweepOutputs.Cell> cells,
            List<String> boundaries) throws IOException {
        MarkdownReport r = new MarkdownReport("Depth sweep: " + String.join(", ", config.activations().stream()
                .map(org.backproplab.engine.activation.Activation::name).toList()) + " at "
                + Counts.depths(config.depths()) + " (hidden layers)");
        r.paragraph(String.format("Each network has %d-unit hidden layers of one activation, an identity output "
                + "layer and softmax cross-entropy, trained by mini-batch " + config.optimizer()
                + " (learning rate %s, batch %d) "
                + "for %s, from %s initialization, over %s. Data: %s; %d training and %d test "
                + "samples.", config.width(), config.learningRateText(), config.batch(), Counts.epochs(config.epochs()),
                config.initText(), Counts.seeds(config.seeds()), data.description(), data.trainX().rows(),
                data.testX().rows()));

        if (config.learningRates().isEmpty()) {
            r.paragraph("Each activation trains at its own learning rate, the one at which its networks of one or "
                    + "two hidden layers train well on " + (Grid.ratesTunedOn(config.dataset()) ? "this data"
                    : "digits and the 2-D sets (chosen there, not on this data: a sweep of -Dlr on it, as in "
                    + "lr-sweep, tells whether they suit it)") + "; one shared rate leaves the sigmoid barely moving "
                    + "or makes deep ReLU networks blow up. The sigmoid gets the largest step, so where it fails at "
                    + "depth it is not for want of step size. -Dlr=x sets one rate for all.");
        }

        r.heading("What it shows");
        r.bullets(findings(config, cells, data.classes()));
        r.paragraph("Why, in the slides' terms: back-propagation is the chain rule (eq. 6.44-6.46); it carries the "
                + "error to layer l as delta_l = (W_{l+1}^T delta_{l+1}) * f'(net_l), so, as in the chain "
                + "z = f(f(f(w))) of eq. 6.50-6.52, one factor f'(net) multiplies in per layer. The "
                + "sigmoid's f' is at most 1/4, tanh's at most 1 (and 1 only at net = 0), ReLU's exactly 1 on every "
                + "active unit; the initializations (Xavier for sigmoid and tanh, He for ReLU) are chosen to keep "
                + "the weights' own factor near 1. The numbers above are measured, not assumed: compare them with "
                + "this argument.");

        r.image("Test accuracy vs depth", "test-accuracy-vs-depth.png");
        r.image("Test accuracy, activation x depth", "test-accuracy-heatmap.png");
        r.image("Final training loss vs depth", "train-loss-vs-depth.png");
        r.image("Gradient reaching the first layer", "gradient-ratio-vs-depth.png");
        for (Activation a : config.activations()) {
            r.image("Training loss curves, " + a.name(), "training-loss-" + a.name() + ".png");
        }
        if (!boundaries.isEmpty()) {
            r.paragraph("What the first seed's network makes of the plane, shallowest and deepest (tint: the class "
                    + "it predicts, paler where it is less sure; dots: the training points in their true class):");
            for (String b : boundaries) {
                r.image(b.replace(".png", "").replace('-', ' '), b);
            }
        }

        r.heading("Summary");
        List<List<String>> rows = new ArrayList<>();
        for (DepthSweepOutputs.Cell c : cells) {
            rows.add(List.of(c.activation().name(), Integer.toString(c.depth()),
                    String.format("%.4f +/- %.4f", c.finalTrainLoss().mean(), c.finalTrainLoss().sd()),
                    String.format("%.3f +/- %.3f", c.testAccuracy().mean(), c.testAccuracy().sd()),
                    SeedStats.accuracyCi95Text(accuracies(c), data.testX().rows()),
                    String.format("%.2e", c.gradientRatioAtInit().mean())));
        }
        r.table(List.of("activation", "depth", "final train loss (mean +/- sd)", "test accuracy (mean +/- sd)",
                "test accuracy, 95% CI", "first/output layer gradient at init"), rows);
        r.paragraph(SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(config.seeds()));
        r.paragraph("Per-epoch numbers of every run are in runs.csv; the table above is summary.csv.");

        r.heading("Recipe");
        r.code(Provenance.describe(ctx));
        r.write(ctx.file("REPORT.md"));
    }

    /**
     * Plain sentences read off the numbers, so the report says what this run found rather than what we hoped:
     * if sigmoid trained well at depth 8 in some configuration, the report would say so.
     */
    static List<String> findings(Grid config, List<DepthSweepOutputs.Cell> cells, int classes) {
        double chance = 1.0 / classes;
        List<String> out = new ArrayList<>();
        for (Activation a : config.activations()) {
            List<DepthSweepOutputs.Cell> mine = cells.stream().filter(c -> c.activation().equals(a)).toList();
            DepthSweepOutputs.Cell shallow = mine.get(0);
            DepthSweepOutputs.Cell deepest = mine.get(mine.size() - 1);
            DepthSweepOutputs.Cell best = mine.stream()
                    .max(Comparator.comparingDouble(c -> c.testAccuracy().mean())).orElseThrow();
            StringBuilder line = new StringBuilder(String.format("%s: test accuracy %s at depth %d, best %s at "
                    + "depth %d, %s at depth %d.", a.name(), accuracy(shallow, chance), shallow.depth(),
                    accuracy(best, chance), best.depth(), accuracy(deepest, chance), deepest.depth()));
            // The first depth from which every deeper network guesses: where training stops reaching the input.
            Integer chanceFrom = null;
            for (int k = mine.size() - 1; k >= 0 && mine.get(k).testAccuracy().mean() < chance + 0.02; k--) {
                chanceFrom = mine.get(k).depth();
            }
            if (chanceFrom != null) {
                line.append(String.format(" From depth %d on it does no better than guessing.", chanceFrom));
            }
            if (shallow != deepest && shallow.runs().size() >= 2 && deepest.runs().size() >= 2) {
                double p = SeedStats.welchP(accuracies(shallow), accuracies(deepest));
                line.append(Double.isNaN(p) ? "" : String.format(" Depth %d against depth %d: %s (Welch's t-test over "
                        + "the seeds, p = %.2g).", deepest.depth(), shallow.depth(), p < 0.05 ? "a real difference"
                        : "no difference the seeds can tell from noise", p));
            }
            if (deepest.depth() > shallow.depth()) {
                double from = shallow.gradientRatioAtInit().mean();
                double to = deepest.gradientRatioAtInit().mean();
                // The geometric mean factor per added layer: the slides' picture is one multiplication per layer.
                double perLayer = Math.pow(to / from, 1.0 / (deepest.depth() - shallow.depth()));
                line.append(String.format(" At initialization the gradient reaching the first layer is %.1e of "
                        + "the output layer's at depth %d and %.1e at depth %d: %s.", from, shallow.depth(), to,
                        deepest.depth(), perLayerWords(perLayer)));
            }
            out.add(line.toString());
        }
        return out;
    }

    static double[] accuracies(DepthSweepOutputs.Cell c) {
        return c.runs().stream().mapToDouble(r -> r.last().testAccuracy()).toArray();
    }

    private static String accuracy(DepthSweepOutputs.Cell c, double chance) {
        double acc = c.testAccuracy().mean();
        // Within two points of guessing the most common class: the network learned nothing usable.
        return String.format("%.3f", acc) + (acc < chance + 0.02 ? " (chance level)" : "");
    }

    static String perLayerWords(double factor) {
        if (factor < 0.8) {
            return String.format("it shrinks by a factor of %.1f with every added layer, the vanishing gradient",
                    1.0 / factor);
        }
        if (factor > 1.25) {
            return String.format("it grows by a factor of %.1f with every added layer, an exploding gradient",
                    factor);
        }
        return String.format("it holds roughly steady (x%.2f per added layer)", factor);
    }
}
