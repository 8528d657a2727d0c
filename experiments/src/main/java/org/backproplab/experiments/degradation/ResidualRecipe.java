package org.backproplab.experiments.degradation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Sweep;

/**
 * He, Zhang, Ren and Sun (2016), "Deep Residual Learning for Image Recognition": on ImageNet a 34-layer plain
 * network has a higher training error throughout training than an 18-layer one (Fig. 4, left), the degradation
 * problem, and a higher validation error (Table 2); with identity shortcuts around every two layers the 34-layer
 * network is the better one (Fig. 4, right; Table 2). Their plain networks are batch-normalized after every
 * convolution, so the comparison is batch-norm against batch-norm + residual, at 18 and 34 weight layers, trained
 * by SGD with momentum 0.9 at 0.1 from He's initialization. Ours: fully connected ReLU networks of the same layer
 * counts (a first hidden layer, 8 or 16 blocks of two, the output layer) on the MNIST subset.
 */
final class ResidualRecipe {
    /** Table 2, top-1 error on ImageNet's validation set (10-crop), by weight layers and shortcuts. */
    private static final double PLAIN_18 = 27.94;
    private static final double PLAIN_34 = 28.54;
    private static final double RESNET_18 = 27.88;
    private static final double RESNET_34 = 25.03;

    static final Sweep SWEEP = Sweep.named("degradation, He et al.'s recipe", "He et al. 2016 under its recipe")
            .with(Axis.DATASET, "mnist-10k")
            .with(Axis.ACTIVATIONS, "relu")
            .with(Axis.DEPTHS, "17,33")
            .with(Axis.WIDTH, "32")
            .with(Axis.NORM, "batch")
            .with(Axis.RESIDUAL, "0,2")
            .with(Axis.INIT, "he")
            .with(Axis.OPTIMIZER, "momentum")
            .with(Axis.LR, "0.1")
            .with(Axis.BATCH, "128")
            .epochs(12)
            .seeds(2, 1)
            .swept(Axis.DEPTHS, Axis.RESIDUAL);

    private ResidualRecipe() {
    }

    static String recipe(Cells c) {
        var g = c.grid();
        return String.format(Locale.ROOT, "Their claim: a deeper plain network trains worse, not only generalizes "
                + "worse (its training error is higher), which no vanishing gradient explains since their plain "
                + "networks are batch-normalized; identity shortcuts remove it, and then depth helps. Ours: ReLU "
                + "networks of %d and %d hidden layers of %d units (with the output layer, %d and %d weight layers, "
                + "as their ResNet-18 and -34), batch-normalized, without and with a shortcut around every two "
                + "layers after the first, on %s (%d training images); He's initialization, SGD with momentum 0.9 "
                + "at %s, batches of %d, %s, %s. How this differs from theirs: dense layers of %d units where theirs "
                + "are convolutions of 64 to 512 channels; %d images where theirs are 1.28 million, with no "
                + "augmentation; a fixed rate for %s where theirs is divided by 10 at plateaus over 600,000 "
                + "iterations; no weight decay (theirs 1e-4). So our numbers answer their question (does the deeper "
                + "plain network train worse, do shortcuts fix it) on a far smaller problem, and their errors "
                + "beside ours are for reading the direction, not the size.",
                g.depths().get(0), g.maxDepth(), g.width(), g.depths().get(0) + 1, g.maxDepth() + 1,
                c.data().description(), c.data().trainX().rows(), g.learningRateText(), g.batch(),
                org.backproplab.experiments.study.Counts.epochs(g.epochs()),
                org.backproplab.experiments.study.Counts.seeds(g.seeds()), g.width(), c.data().trainX().rows(),
                org.backproplab.experiments.study.Counts.epochs(g.epochs()));
    }

    static List<String> header() {
        return List.of("network", "weight layers", "ours: lowest training loss", "ours: final training loss",
                "ours: test error", "theirs: top-1 error (Table 2)");
    }

    static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            boolean shortcuts = cell.spec().residual() > 0;
            int layers = cell.spec().depth() + 1;
            double theirs = layers <= 18 ? (shortcuts ? RESNET_18 : PLAIN_18) : (shortcuts ? RESNET_34 : PLAIN_34);
            rows.add(List.of(shortcuts ? "residual (ResNet)" : "plain", Integer.toString(layers),
                    cell.meanText(Lowest.TRAIN_LOSS, "%.4f") + DegradationFindings.failed(cell),
                    cell.meanText(Metric.FINAL_TRAIN_LOSS, "%.4f"),
                    cell.trained().isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f%%",
                            100 * (1 - cell.stat(Metric.TEST_ACCURACY).mean())),
                    String.format(Locale.ROOT, "%.2f%%", theirs)));
        }
        return rows;
    }

    /** At one depth, what the shortcuts change: our training loss and test error beside their Table 2. */
    private static String shortcutEffect(Cell plain, Cell residual) {
        int layers = plain.spec().depth() + 1;
        double lp = DepthPair.mean(plain);
        double lr = DepthPair.mean(residual);
        double p = org.backproplab.experiments.stats.SeedStats.welchP(
                java.util.Arrays.stream(residual.values(Lowest.TRAIN_LOSS)).map(Math::log).toArray(),
                java.util.Arrays.stream(plain.values(Lowest.TRAIN_LOSS)).map(Math::log).toArray());
        return String.format(Locale.ROOT, "At %d weight layers, shortcuts take the lowest training loss from %.3g to "
                + "%.3g (%s %s%s) and the test error from %.2f%% to %.2f%% (theirs: %.2f%% to %.2f%%).", layers, lp,
                lr, DegradationFindings.times(lp >= lr ? lp / lr : lr / lp), lp >= lr ? "lower" : "higher",
                Double.isNaN(p) ? "" : String.format(Locale.ROOT, ", p = %.2g", p),
                100 * (1 - plain.stat(Metric.TEST_ACCURACY).mean()),
                100 * (1 - residual.stat(Metric.TEST_ACCURACY).mean()), layers <= 18 ? PLAIN_18 : PLAIN_34,
                layers <= 18 ? RESNET_18 : RESNET_34);
    }

    /** The two verdicts their paper draws, from our numbers: plain deep vs shallow, and residual deep vs shallow. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        for (ByRemedy a : ByRemedy.of(c)) {
            for (DepthPair pair : a.pairs()) {
                boolean shortcuts = pair.remedy() == Remedy.BOTH || pair.remedy() == Remedy.RESIDUAL;
                String theirs = shortcuts ? String.format(Locale.ROOT, "theirs: ResNet-34 %.2f%% against ResNet-18 "
                        + "%.2f%%, and a lower training error", RESNET_34, RESNET_18)
                        : String.format(Locale.ROOT, "theirs: plain-34 %.2f%% against plain-18 %.2f%%, and a higher "
                                + "training error throughout (Fig. 4)", PLAIN_34, PLAIN_18);
                out.add((shortcuts ? "With shortcuts" : "Plain (batch-normalized, no shortcuts)") + ": "
                        + DegradationFindings.verdict(pair) + " (" + theirs + ")");
            }
            for (int depth : c.grid().depths()) {
                var plain = a.at(Remedy.BATCH_NORM, depth);
                var residual = a.at(Remedy.BOTH, depth);
                if (plain.isPresent() && residual.isPresent() && !plain.get().trained().isEmpty()
                        && !residual.get().trained().isEmpty()) {
                    out.add(shortcutEffect(plain.get(), residual.get()));
                }
            }
        }
        return out;
    }
}
