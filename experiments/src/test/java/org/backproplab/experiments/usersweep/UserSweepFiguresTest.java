package org.backproplab.experiments.usersweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.datasets.Spirals;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.FigureCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's grid with more lines than one legend can show is drawn in panels, every grid point in one of them, and
 * on a 2-D data set every grid point's decision boundary is drawn, not the first twelve.
 */
class UserSweepFiguresTest {
    @TempDir
    Path dir;

    private static final List<Activation> ACTIVATIONS = List.of(Activation.tanh(), Activation.relu(),
            Activation.sigmoid(), Activation.named("elu"), Activation.named("selu"));
    private static final List<Double> RATES = List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0);

    /** Every activation x rate x depth 1, 2, two seeds; at rate 3 seed 2 diverges at epoch 1. */
    private static List<RunResult> results(List<Activation> activations, List<Double> rates, List<Integer> depths) {
        List<RunResult> out = new ArrayList<>();
        for (Activation a : activations) {
            for (double lr : rates) {
                for (int depth : depths) {
                    for (int seed = 1; seed <= 2; seed++) {
                        boolean diverges = lr == 3.0 && seed == 2;
                        List<EpochRecord> epochs = new ArrayList<>();
                        for (int e = 0; e <= (diverges ? 1 : 3); e++) {
                            double loss = diverges && e == 1 ? Double.NaN : 1.0 / (1 + e * lr) + 0.01 * seed;
                            epochs.add(new EpochRecord(e, loss, 0.5, loss, 0.5 + 0.1 * e / depth, 0.1, 1));
                        }
                        RunSpec spec = new RunSpec(a, depth, 4, Initializer.xavier(), lr, 8, 3, seed);
                        out.add(new RunResult(spec, epochs, 1, diverges ? 1 : -1, seed == 1
                                ? java.util.Map.of(UserSweep.BOUNDARY.name(), madeUpBoundary()) : java.util.Map.of()));
                    }
                }
            }
        }
        return out;
    }

    /** What the boundary probe would store: the unit square and a tenth around it, every cell 70:30. */
    private static org.backproplab.experiments.training.Measurements madeUpBoundary() {
        double[][] p = new double[100 * 100][];
        java.util.Arrays.fill(p, new double[] {0.7, 0.3});
        return new org.backproplab.experiments.training.Measurements(java.util.Map.of(
                org.backproplab.experiments.training.DecisionGrid.RANGE, new double[][] {{-0.1, 1.1}, {-0.1, 1.1}},
                org.backproplab.experiments.training.DecisionGrid.PROBABILITIES, p));
    }

    private static RunContext context(Path dir) {
        return new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1);
    }

    /** What a user's sweep named made-up writes from these runs. */
    private void write(Grid grid, TrainingData data, List<RunResult> results) throws IOException {
        UserSweep.report("made-up").write(context(dir), Cells.of(grid, data, results));
    }

    private static List<String> images(Path report) throws IOException {
        return Files.readAllLines(report).stream().filter(l -> l.startsWith("![")).map(l -> l.substring(
                l.indexOf("](") + 2, l.length() - 1)).toList();
    }

    @Test
    void thirtyLinesAreDrawnAsPanelsOfAFewLinesEach() throws IOException {
        Grid grid = new Grid(Spirals.standard(1), ACTIVATIONS, List.of(1, 2), List.of(4), RATES, List.of(8),
                List.of("auto"), List.of("sgd"), 3, 2);
        TrainingData data = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 2), new Matrix(2, 3),
                new Matrix(2, 2), 2);
        write(grid, data, results(ACTIVATIONS, RATES, List.of(1, 2)));
        assertEquals(List.of("test-accuracy-vs-depth.png", "train-loss-vs-depth.png", "training-loss.png"),
                images(dir.resolve("REPORT.md")));
        // 5 activations x 6 rates = 30 lines over depth: one panel per activation, 6 lines each.
        Facets<List<String>> byActivation = Facets.of(ACTIVATIONS.stream().flatMap(a -> RATES.stream()
                .map(lr -> List.of(a.name(), "lr " + lr))).toList(), parts -> parts);
        assertEquals(5, byActivation.facets().size());
        assertEquals(List.of("lr 0.01", "lr 0.03", "lr 0.1", "lr 0.3", "lr 1.0", "lr 3.0"),
                byActivation.facets().get(0).names());
    }

    @Test
    void panelsAreSplitNoFurtherThanTheLegendNeeds() {
        List<List<String>> sixty = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            for (int depth = 1; depth <= 2; depth++) {
                for (double lr : RATES) {
                    sixty.add(List.of(a.name(), "depth " + depth, "lr " + lr));
                }
            }
        }
        Facets<List<String>> facets = Facets.of(sixty, parts -> parts);
        assertEquals(5, facets.facets().size(), "by activation: 12 lines a panel fit a legend");
        assertTrue(facets.facets().stream().allMatch(f -> f.items().size() <= FigureCheck.MAX_LEGEND));
        assertEquals(60, facets.facets().stream().mapToInt(f -> f.items().size()).sum(), "every line, once");
        assertEquals(1, Facets.of(sixty.subList(0, 12), parts -> parts).facets().size());
    }

    @Test
    void everyGridPointsDecisionBoundaryIsDrawn() throws IOException {
        List<Double> rates = List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0);
        List<Activation> two = ACTIVATIONS.subList(0, 2);
        Grid grid = new Grid(Spirals.standard(1), two, List.of(1), List.of(4), rates, List.of(8), List.of("auto"),
                List.of("sgd"), 3, 2);
        Matrix x = new Matrix(4, 2, new double[] {0, 0, 0, 1, 1, 0, 1, 1});
        Matrix y = new Matrix(4, 2, new double[] {1, 0, 0, 1, 0, 1, 1, 0});
        TrainingData data = new TrainingData("four points", x, y, x, y, 2);
        write(grid, data, results(two, rates, List.of(1)));
        List<String> images = images(dir.resolve("REPORT.md"));
        // 14 grid points: a sheet of 12 and a sheet of 2.
        assertTrue(images.containsAll(List.of("boundaries.png", "boundaries-2.png")), images.toString());
        assertEquals(false, Files.exists(dir.resolve("boundaries-3.png")));
    }
}
