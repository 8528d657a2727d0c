package org.backproplab.experiments.initsweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.HeatMap;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;

/**
 * {@code -Dexp=init-sweep}: which initialization lets which activation train deep: {standard uniform, Xavier,
 * He, LeCun normal} x depths 5, 10, 15, 20 for sigmoid, tanh, ReLU and SELU, plain SGD on digits, each activation
 * at its own learning rate.
 */
public final class InitSweep {
    /** A combination trains deep when its mean test accuracy at the greatest depth is this far above chance. */
    static final double ABOVE_CHANCE = 0.5;

    static final Report<Cells> REPORT = Report.<Cells>titled("Initialization x depth")
            .text(InitSweep::recipe)
            .findings(InitSweep::findings)
            .figures(InitSweep::heatMaps)
            .figures(InitSweep::accuracyCurves)
            .table("At the greatest depth", List.of("activation", "initialization", "depth", "test accuracy (mean)",
                    "95% CI"), InitSweep::atGreatestDepth)
            .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()))
            .text("Every combination is in summary.csv.");

    public static final Sweep SWEEP = Sweep.named("init-sweep",
                    "initialization x depth 5-20 for sigmoid, tanh, ReLU, SELU: which combinations train deep")
            .with(Axis.ACTIVATIONS, "sigmoid,tanh,relu,selu")
            .with(Axis.INIT, "uniform,xavier,he,lecun-normal")
            .with(Axis.DEPTHS, "5,10,15,20")
            .epochs(10)
            .seeds(2, 1)
            .swept(Axis.ACTIVATIONS, Axis.INIT, Axis.DEPTHS)
            .quick("seeds", "1", "epochs", "2", "depths", "5,10")
            .report(REPORT);

    private InitSweep() {
    }

    static String recipe(Cells c) {
        RunSpec any = c.first().spec();
        return String.format("Each activation with each initialization at several depths, %d-unit layers, "
                + "softmax cross-entropy, mini-batch " + any.optimizer().name() + " (batch %d, learning rate "
                + c.grid().learningRateText() + ") "
                + "for %s on %s, %s each. A combination trains deep when its mean test accuracy at the greatest "
                + "depth is more than 0.5 above chance (%.2f).", any.width(), any.batchSize(),
                Counts.epochs(any.epochs()), c.data().description(), Counts.seeds(c.seeds()), chance(c));
    }

    /** Per activation, the initializations with which it still trains at the greatest depth. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> {
            List<String> trainDeep = new ArrayList<>();
            for (Cells init : cells.by(Axis.INIT).values()) {
                Cell deepest = deepest(init);
                double accuracy = deepest.stat(Metric.TEST_ACCURACY).mean();
                if (accuracy > chance(c) + ABOVE_CHANCE) {
                    trainDeep.add(String.format("%s (%.3f)", deepest.spec().initializer().name(), accuracy));
                }
            }
            out.add(String.format("%s at depth %d: %s.", activation, deepest(cells).spec().depth(),
                    trainDeep.isEmpty() ? "no initialization gets it past chance + 0.5 test accuracy"
                            : "trains with " + String.join(", ", trainDeep)));
        });
        return out;
    }

    /** One heat map per activation, initialization x depth. */
    static List<Drawn> heatMaps(Cells c) {
        List<Drawn> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> out.add(new Drawn("heatmap-" + activation + ".png",
                "Test accuracy, initialization x depth, " + activation, heatMap(activation, cells).sized(900, 460))));
        return out;
    }

    /** Test accuracy of one activation's {@code cells}, initialization (rows) x depth (columns), mean over seeds. */
    static HeatMap heatMap(String activation, Cells cells) {
        List<String> inits = inits(cells);
        List<Integer> depths = cells.cells().stream().map(x -> x.spec().depth()).distinct().sorted().toList();
        double[][] values = new double[inits.size()][depths.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Cell cell : cells.cells()) {
            values[inits.indexOf(cell.spec().initializer().name())][depths.indexOf(cell.spec().depth())] =
                    cell.stat(Metric.TEST_ACCURACY).mean();
        }
        // A cell with no run that trained has no mean; its grey "n/a" must not read as missing data.
        boolean allDiverged = cells.cells().stream().anyMatch(x -> x.trained().isEmpty());
        return new HeatMap("Test accuracy of " + activation + " networks, initialization x depth ("
                + Counts.meanOf(cells.seeds(), false) + ")",
                "hidden layers" + (allDiverged ? " (n/a: every run diverged)" : ""), "initialization",
                depths.stream().map(String::valueOf).toList(), inits, values, "test accuracy", 0, 1);
    }

    /** One figure per activation: test accuracy over depth, one line per initialization, in one colour in all. */
    static List<Drawn> accuracyCurves(Cells c) {
        Colours colours = Colours.categories(inits(c));
        List<Drawn> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> out.add(new Drawn("accuracy-vs-depth-" + activation
                + ".png", "Test accuracy vs depth, " + activation, new LineChart("Test accuracy vs depth, "
                + activation + ", one line per initialization", "hidden layers", "test accuracy",
                cells.lines(Axis.INIT, Axis.DEPTHS, Metric.TEST_ACCURACY, true), Scale.LINEAR, true).asFraction()
                .withColours(colours))));
        return out;
    }

    /** Each activation and initialization at its greatest depth: mean test accuracy and its interval. */
    static List<List<String>> atGreatestDepth(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cells byInit : c.by(x -> x.spec().hidden().name() + "/" + x.spec().initializer().name()).values()) {
            Cell deepest = deepest(byInit);
            rows.add(List.of(deepest.spec().hidden().name(), deepest.spec().initializer().name(),
                    Integer.toString(deepest.spec().depth()),
                    deepest.meanText(Metric.TEST_ACCURACY, "%.3f"),
                    deepest.accuracyCi95Text(c.data().testX().rows())));
        }
        return rows;
    }

    /** The cell at the greatest depth. */
    private static Cell deepest(Cells c) {
        return c.cells().stream().max(Comparator.comparingInt(x -> x.spec().depth())).orElseThrow();
    }

    private static double chance(Cells c) {
        return 1.0 / c.data().classes();
    }

    /** The initializations' names, in the grid's order ("auto" resolved per activation). */
    private static List<String> inits(Cells c) {
        return c.cells().stream().map(x -> x.spec().initializer().name()).distinct().toList();
    }
}
