package org.backproplab.experiments.initsweep;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * He, Zhang, Ren and Sun (2015), "Delving Deep into Rectifiers", Figures 2 and 3: with Xavier's initialization a
 * 22-layer ReLU network converges, more slowly than with theirs, and a 30-layer one stalls; with theirs
 * (W ~ N(0, 2/n_in)) both converge. Their networks are convolutional, on ImageNet; ours are fully connected ReLU
 * networks of 20 and 30 hidden layers of 64 units on the digits, SGD at 0.01 for 40 epochs, each initialization
 * with the same seeds. The per-layer spread of the activations at initialization shows why: theirs keeps the
 * signal's variance from layer to layer, Xavier's halves it at every ReLU layer.
 */
final class HeRecipe {
    /** The spread per layer is read on this many training images, drawn across the digits. */
    static final ProbeSetLayers SPREAD = new ProbeSetLayers(500, Which.firstSeed());

    static final Sweep SWEEP = Sweep.named("init-sweep, He et al.'s recipe", "He et al. 2015 under its recipe")
            .with(Axis.ACTIVATIONS, "relu")
            .with(Axis.INIT, "xavier,he")
            .with(Axis.DEPTHS, "20,30")
            .with(Axis.WIDTH, "64")
            .with(Axis.LR, "0.01")
            .epochs(40)
            .seeds(2, 1)
            .swept(Axis.INIT, Axis.DEPTHS)
            .probes(SPREAD);

    /** The paper's claim for the depth nearest each of ours: its 22-layer model (Fig. 2) and 30-layer (Fig. 3). */
    private static String claim(int depth, String init) {
        boolean xavier = init.equals("xavier");
        return depth >= 30 ? (xavier ? "stalls: the error does not fall (Fig. 3)" : "converges (Fig. 3)")
                : xavier ? "converges, later than He's (Fig. 2)" : "converges, sooner than Xavier's (Fig. 2)";
    }

    private HeRecipe() {
    }

    static String recipe(Cells c) {
        return String.format("Their claim, in their terms: a deep ReLU network started with Xavier's "
                + "initialization (variance 2/(n_in + n_out), which ignores the half of the signal a rectifier "
                + "zeroes) shrinks the signal at every layer, so past some depth it does not learn; theirs "
                + "(variance 2/n_in) keeps it. Ours: ReLU networks of %s of %d units on %s, softmax "
                + "cross-entropy, SGD (batch %d, learning rate %s) for %s, %s. How this differs from theirs: "
                + "fully connected layers instead of convolutions, 8x8 digits instead of ImageNet, 20 hidden "
                + "layers standing in for their 22 and no other change of recipe between the two initializations.",
                String.join(" and ", c.grid().depths().stream().map(String::valueOf).toList()) + " hidden layers",
                c.grid().width(), c.data().description(), c.grid().batch(),
                c.grid().learningRateText(), Counts.epochs(c.grid().epochs()), Counts.seeds(c.seeds()));
    }

    static List<String> header() {
        return List.of("hidden layers", "initialization", "the paper", "ours: test accuracy (mean) [95% CI]",
                "final training loss (mean)", "ours", "as the paper says?");
    }

    /** The paper's claim and ours, cell by cell, with whether ours did what the paper says. */
    static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            int depth = cell.spec().depth();
            String init = cell.spec().initializer().name();
            rows.add(List.of(Integer.toString(depth), init, claim(depth, init),
                    cell.meanText(Metric.TEST_ACCURACY, "%.3f") + " " + cell.accuracyCi95Text(c.data().testX().rows()),
                    cell.meanText(Metric.FINAL_TRAIN_LOSS, "%.4f"), verdict(c, cell), agrees(c, cell)));
        }
        return rows;
    }

    /**
     * "trains" when the mean test accuracy is more than 0.5 above chance, "stalls" when the training loss ends
     * within 1% of where it started (ln 10 for ten balanced classes), else "trains poorly".
     */
    static String verdict(Cells c, Cell cell) {
        double accuracy = cell.stat(Metric.TEST_ACCURACY).mean();
        double start = cell.runs().stream().mapToDouble(r -> r.first().trainLoss()).average().orElse(Double.NaN);
        double end = cell.stat(Metric.FINAL_TRAIN_LOSS).mean();
        if (accuracy > 1.0 / c.data().classes() + InitSweep.ABOVE_CHANCE) {
            return "trains";
        }
        return Math.abs(end - start) <= 0.01 * start ? String.format("stalls (loss %.3f from %.3f)", end, start)
                : "trains poorly";
    }

    /** "yes" where ours does what the paper's model does (converges, or stalls), else "no". */
    static String agrees(Cells c, Cell cell) {
        boolean paperConverges = !claim(cell.spec().depth(), cell.spec().initializer().name()).startsWith("stalls");
        String ours = verdict(c, cell);
        return paperConverges == ours.equals("trains") && (paperConverges || ours.startsWith("stalls")) ? "yes"
                : "no";
    }

    /** One sentence per depth: what the paper says and what we found, from the verdicts. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        c.by(Axis.DEPTHS).forEach((depth, cells) -> {
            List<String> parts = new ArrayList<>();
            for (Cell cell : cells.cells()) {
                parts.add(String.format("%s %s (test accuracy %s)", cell.spec().initializer().name(),
                        verdict(c, cell), cell.meanText(Metric.TEST_ACCURACY, "%.3f")));
            }
            out.add(depth.replace("depth ", "") + " hidden layers: " + String.join("; ", parts) + ".");
        });
        long agree = c.cells().stream().filter(cell -> agrees(c, cell).equals("yes")).count();
        out.add(String.format("%d of the paper's %d outcomes are ours too.", agree, c.cells().size())
                + (SeedStats.fewSeedsNote(c.seeds()).isEmpty() ? "" : " " + SeedStats.fewSeedsNote(c.seeds())
                        .replace("-Dseeds", "-Dhe.seeds")));
        return out;
    }

    /** The spread (sd) of each hidden layer's outputs at initialization, deepest network, one line per init. */
    static Figure spread(Cells c) {
        int deepest = c.grid().maxDepth();
        List<Series> lines = new ArrayList<>();
        for (Cell cell : c.cells()) {
            if (cell.spec().depth() != deepest) {
                continue;
            }
            double[] sd = SPREAD.reading(cell.first(), ProbeSetLayers.SD)[0];
            double[] x = new double[sd.length];
            for (int l = 0; l < sd.length; l++) {
                x[l] = l + 1;
            }
            lines.add(Series.of(cell.spec().initializer().name(), x, sd));
        }
        return new LineChart("Spread of each hidden layer's outputs at initialization, " + deepest + " ReLU layers "
                + "(seed 1, 500 training images)", "hidden layer (1 = nearest the input)",
                "sd of the layer's outputs (log scale)", lines, Scale.LOG, true)
                .withColours(Colours.categories(List.of("xavier", "he")));
    }

    /** The training loss over the epochs of every cell, mean over the seeds. */
    static Figure training(Cells c) {
        List<Series> lines = new ArrayList<>();
        for (Cell cell : c.cells()) {
            lines.add(EpochMeans.of(cell.runs(), EpochRecord::trainLoss).series(cell.spec().initializer().name()
                    + ", depth " + cell.spec().depth(), false));
        }
        return new LineChart("Training loss of ReLU networks, Xavier's initialization against He's ("
                + Counts.meanOf(c.seeds(), false) + ")", "epoch", "training loss (log scale)", lines, Scale.LOG, true)
                .withColours(Colours.categories(List.of("xavier", "he")));
    }
}
