package org.backproplab.experiments.vanishinggradient;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.training.ProbeSetLayers;

/** What the vanishing-gradient report says: what was run, the findings read off its numbers, its table. */
final class VanishingGradientFindings {
    private VanishingGradientFindings() {
    }

    /** "softmax output" for the classifiers' loss, else the output layer and the loss ("sigmoid output, ..."). */
    private static String output(RunSpec spec) {
        return spec.loss().equals(RunSpec.CLASSIFIER_LOSS) ? "softmax output"
                : spec.loss().outputActivation().name() + " output, " + spec.loss().name();
    }

    static String recipe(Cells c) {
        RunSpec any = c.first().spec();
        return String.format("Networks of %s of %d units, %s, trained by mini-batch %s (batch %d) for "
                + "%s on %s; %d training and %d test images; %s each. Before the first update and after every "
                + "epoch, the gradient of the mean loss over %d training images drawn across the digits (in proportion) is taken, and for each "
                + "hidden layer the norm of dJ/db is recorded: how fast that layer's biases would learn (Nielsen, "
                + "Neural Networks and Deep Learning, chapter 5). 'standard' is the initialization "
                + "U[-1/sqrt(n_in), 1/sqrt(n_in)]; 'matched' is Glorot's for sigmoid and tanh, He's for ReLU.",
                Counts.hiddenLayers(any.depth()), any.width(), output(any), any.optimizer().name(), any.batchSize(),
                Counts.epochs(c.grid().epochs()), c.data().description(), c.data().trainX().rows(),
                c.data().testX().rows(), Counts.seeds(c.seeds()), VanishingGradient.PROBE);
    }

    /** The last hidden layer's mean gradient at initialization over the first's: how much it shrinks. */
    static double ratio(Cell cell) {
        int last = cell.spec().depth() - 1;
        return mean(cell, VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0, last))
                / mean(cell, VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0, 0));
    }

    /** Sentences computed from the numbers: which way the gradient changes from the last hidden layer to the first. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        int epochs = c.grid().epochs();
        int last = c.first().spec().depth() - 1;
        for (Cell cell : c.cells()) {
            double ratio = ratio(cell);
            String direction = ratio > 1.5 ? String.format("the first hidden layer receives a gradient %.1fx smaller "
                    + "than the last", ratio)
                    : ratio < 1 / 1.5 ? String.format("the first hidden layer receives a gradient %.1fx larger than "
                    + "the last (the gradient grows towards the input)", 1 / ratio)
                    : String.format("the gradient is about the same in every hidden layer (last/first = %.2f)",
                            ratio);
            double saturation = mean(cell, VanishingGradient.layer(ProbeSetLayers.SATURATION, 0, last));
            // The test behind "smaller": is log(last / first) over the seeds away from 0?
            double[] logRatios = cell.values(new Metric("log_gradient_ratio_at_init", r -> {
                double[][] g = VanishingGradient.LAYERS.reading(r, ProbeSetLayers.BIAS_GRADIENT);
                return Math.log(g[0][last] / g[0][0]);
            }));
            double p = SeedStats.oneSampleP(logRatios);
            boolean small = ratio <= 1.5 && ratio >= 1 / 1.5;
            // Within 1.5x either way the layers learn at about one speed; a consistent small tilt is still said.
            String verdict = p >= 0.05 ? ", not distinguishable from equal" : small ? ", a small but consistent tilt"
                    : "";
            String test = Double.isNaN(p) ? "" : String.format(" (one-sample t-test of log(last/first) over %s: "
                    + "p = %.2g%s)", Counts.seeds(logRatios.length), p, verdict);
            out.add(String.format("%s: at initialization %s%s; %.0f%% of the last hidden layer's activations are "
                    + "%s; test accuracy after %s %.3f.", VanishingGradient.network(c, cell), direction, test,
                    100 * saturation, state(cell.spec().hidden()), Counts.epochs(epochs), mean(cell,
                    Metric.TEST_ACCURACY)));
        }
        String glorot = glorot(c);
        if (glorot != null) {
            out.add(glorot);
        }
        return out;
    }

    /**
     * Glorot and Bengio (2010, Fig. 2): with the standard initialization the last hidden layer of a deep sigmoid
     * network is pushed towards 0 early in training. The sentence for this run's sigmoid networks, from the last
     * hidden layer's mean output at initialization and after the first epoch; null without a sigmoid network.
     */
    static String glorot(Cells c) {
        int last = c.first().spec().depth() - 1;
        List<String> parts = new ArrayList<>();
        for (Cell cell : c.cells()) {
            if (!cell.spec().hidden().name().equals("sigmoid") || c.grid().epochs() < 1) {
                continue;
            }
            parts.add(String.format("%s from %.3f to %.3f (spread across its units %.3f)",
                    VanishingGradient.initLabel(c.grid(), cell.spec()),
                    mean(cell, VanishingGradient.layer(ProbeSetLayers.MEAN, 0, last)),
                    mean(cell, VanishingGradient.layer(ProbeSetLayers.MEAN, 1, last)),
                    mean(cell, VanishingGradient.layer(ProbeSetLayers.SD, 1, last))));
        }
        return parts.isEmpty() ? null : "Glorot and Bengio (2010, Fig. 2) find that with the standard "
                + "initialization the last hidden layer of a deep sigmoid network is pushed towards 0 early in "
                + "training (4 hidden layers of 1,000 units on their Shapeset-3x2 images, mini-batches of 10). Ours "
                + String.format("differ in size (%s of %d units), data (%s) and batch (%d), so what compares is the "
                        + "direction and the timing, not the values. ", Counts.hiddenLayers(c.first().spec().depth()),
                        c.first().spec().width(), c.data().description(), c.first().spec().batchSize())
                + "Here its mean output goes, over the first epoch, " + String.join("; ", parts) + ".";
    }

    /**
     * What a saturated unit is called: one saturated by its net input (ReLU's net <= 0) is silent, which is not
     * the sigmoid's flat tails, so the sentence says so.
     */
    private static String state(Activation a) {
        String definition = a.saturationDefinition();
        return definition.startsWith("net ") ? "silent (" + definition + ")" : "saturated";
    }

    /** The table's header: one column per hidden layer's gradient at initialization. */
    static List<String> header(Cells c) {
        List<String> header = new ArrayList<>(List.of("network", "|dJ/db| layer 1 at init"));
        for (int l = 2; l <= c.first().spec().depth(); l++) {
            header.add("layer " + l);
        }
        header.add("test accuracy after training");
        header.add("95% CI");
        return header;
    }

    /** Each network's gradient per hidden layer at initialization and its test accuracy after training. */
    static List<List<String>> numbers(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            List<String> row = new ArrayList<>();
            row.add(VanishingGradient.network(c, cell));
            for (int l = 0; l < cell.spec().depth(); l++) {
                row.add(String.format("%.2e", mean(cell, VanishingGradient.layer(ProbeSetLayers.BIAS_GRADIENT, 0,
                        l))));
            }
            row.add(String.format("%.3f", mean(cell, Metric.TEST_ACCURACY)));
            row.add(cell.accuracyCi95Text(c.data().testX().rows()));
            rows.add(row);
        }
        return rows;
    }

    static String whereTheNumbersAre(Cells c) {
        Grid grid = c.grid();
        return "Every layer, epoch and seed, with activation means, spreads and saturation, is in layers.csv. "
                + "Learning rate: " + grid.learningRateText() + (grid.learningRates().isEmpty()
                        ? " (each activation has its own; see depth-sweep's report for why)." : ".");
    }

    /** The mean over the seeds that did not diverge. */
    private static double mean(Cell cell, Metric m) {
        return cell.stat(m).mean();
    }
}
