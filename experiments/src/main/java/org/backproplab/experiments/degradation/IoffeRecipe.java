package org.backproplab.experiments.degradation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Ioffe and Szegedy (2015), "Batch Normalization", section 4.1: on MNIST a network of three fully connected hidden
 * layers of 100 sigmoid units, trained with mini-batches of 60 from small random Gaussian weights, reaches a higher
 * test accuracy, sooner, with batch normalization than without (Fig. 1a), because the distribution of each unit's
 * input stays stable (Fig. 1b, c). Their deeper claim (section 4.2.2) is on ImageNet: with batch normalization an
 * Inception network with sigmoids reaches 69.8% accuracy; without it, never better than 1/1000. The grid's sigmoid
 * lines test that one on our data.
 */
final class IoffeRecipe {
    static final Sweep SWEEP = Sweep.named("degradation, Ioffe and Szegedy's recipe",
                    "Ioffe and Szegedy 2015, section 4.1, under its recipe")
            .with(Axis.DATASET, "mnist-10k")
            .with(Axis.ACTIVATIONS, "sigmoid")
            .with(Axis.DEPTHS, "3")
            .with(Axis.WIDTH, "100")
            .with(Axis.NORM, "none,batch")
            .with(Axis.INIT, "xavier-normal")
            .with(Axis.LR, "0.5")
            .with(Axis.BATCH, "60")
            .epochs(8)
            .seeds(3, 1)
            .swept(Axis.NORM);

    private IoffeRecipe() {
    }

    static String recipe(Cells c) {
        var g = c.grid();
        int steps = g.epochs() * (int) Math.ceil(c.data().trainX().rows() / (double) g.batch());
        return String.format(Locale.ROOT, "Their claim: batch normalization makes the same sigmoid network train "
                + "faster and to a higher test accuracy. Ours: their network, %d hidden layers of %d sigmoid units, "
                + "with and without batch normalization, on %s (%d training images), batches of %d, plain SGD at "
                + "%s, Xavier's normal initialization (theirs: \"small random Gaussian values\", no scale given; no "
                + "learning rate is given either, so both networks get the same), softmax cross-entropy, %s "
                + "(%d steps where theirs are 50,000), %s. Their Fig. 1a is a curve, not a table: what we compare "
                + "is its direction, the normalized network ahead throughout.",
                g.depth(), g.width(), c.data().description(), c.data().trainX().rows(), g.batch(),
                g.learningRateText(), Counts.epochs(g.epochs()), steps, Counts.seeds(g.seeds()));
    }

    static List<String> header() {
        return List.of("network", "test accuracy after epoch 1", "final test accuracy", "95% CI",
                "final training loss");
    }

    static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            rows.add(List.of(Remedy.of(cell.spec()).label(), firstEpoch(cell),
                    cell.meanText(Metric.TEST_ACCURACY, "%.4f"),
                    cell.trained().isEmpty() ? "n/a" : cell.accuracyCi95Text(c.data().testX().rows()),
                    cell.meanText(Metric.FINAL_TRAIN_LOSS, "%.4f")));
        }
        return rows;
    }

    private static String firstEpoch(Cell cell) {
        double[] a = cell.trained().stream().filter(r -> r.epochs().size() > 1)
                .mapToDouble(r -> r.epochs().get(1).testAccuracy()).toArray();
        return a.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f", java.util.Arrays.stream(a).average()
                .orElseThrow());
    }

    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        Cell plain = c.cells().stream().filter(x -> Remedy.of(x.spec()) == Remedy.PLAIN).findFirst().orElse(null);
        Cell normalized = c.cells().stream().filter(x -> Remedy.of(x.spec()) == Remedy.BATCH_NORM).findFirst()
                .orElse(null);
        if (plain == null || normalized == null || plain.trained().isEmpty() || normalized.trained().isEmpty()) {
            return List.of("Not both networks trained: no comparison.");
        }
        int ahead = 0;
        int epochs = Math.min(plain.first().epochs().size(), normalized.first().epochs().size()) - 1;
        EpochMeans p = EpochMeans.of(plain.trained(), EpochRecord::testAccuracy);
        EpochMeans n = EpochMeans.of(normalized.trained(), EpochRecord::testAccuracy);
        for (int e = 1; e <= epochs; e++) {
            ahead += n.mean()[e] > p.mean()[e] ? 1 : 0;
        }
        double[] a = normalized.values(Metric.TEST_ACCURACY);
        double[] b = plain.values(Metric.TEST_ACCURACY);
        double pValue = SeedStats.welchP(a, b);
        int lead = 0;
        while (lead < epochs && n.mean()[lead + 1] > p.mean()[lead + 1]) {
            lead++;
        }
        out.add(String.format(Locale.ROOT, "With batch normalization the mean test accuracy is ahead after %d of %d "
                + "epochs (the first %d in a row; after epoch 1, %.4f against %.4f); at the end %.4f against %.4f "
                + "(Welch p = %s over the seeds)%s: %s.", ahead, epochs, lead, n.mean()[1], p.mean()[1],
                normalized.stat(Metric.TEST_ACCURACY).mean(), plain.stat(Metric.TEST_ACCURACY).mean(),
                Double.isNaN(pValue) ? "n/a" : String.format(Locale.ROOT, "%.2g", pValue),
                SeedStats.fewSeedsNote(c.seeds()).isEmpty() ? "" : ", " + c.seeds() + " seeds",
                ahead == epochs && !Double.isNaN(pValue) && pValue < 0.05 && a.length > 0
                        ? "their claim holds here" : ahead == epochs ? "ahead throughout, as they found, though the "
                        + "final difference is not shown beyond the seeds' spread" : lead > 0 ? "it trains faster, "
                        + "as they found, but the plain network catches up within these " + epochs + " epochs, so "
                        + "the higher final accuracy they report is not shown here" : "their claim does not hold "
                        + "here"));
        return out;
    }

    /** Test accuracy over the epochs, with and without batch normalization: their Fig. 1a, on our data. */
    static Figure curves(Cells c) {
        List<Series> lines = new ArrayList<>();
        for (Cell cell : c.cells()) {
            lines.add(EpochMeans.of(cell.trained().isEmpty() ? cell.runs() : cell.trained(),
                    EpochRecord::testAccuracy).series(Remedy.of(cell.spec()).label(), true));
        }
        return new LineChart("Test accuracy over training, 3 x 100 sigmoid (" + Counts.meanOf(c.seeds(), true)
                + ")", "epoch", "test accuracy", lines, Scale.LINEAR, true).asFraction();
    }
}
