package org.backproplab.experiments.depthsweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Tables;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures draw exactly the numbers summary.csv holds: both are built from the same cells. */
class DepthSweepFiguresTest {
    @TempDir
    Path dir;

    private static final List<Activation> ACTIVATIONS = List.of(Activation.sigmoid(), Activation.relu());
    private static final Grid GRID = new Grid(Spirals.standard(1), ACTIVATIONS, List.of(1, 2, 3), List.of(8),
            List.of(), List.of(8), List.of("auto"), List.of("sgd"), 1, 2);

    private static final TrainingData DATA = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 2),
            new Matrix(2, 3), new Matrix(2, 2), 2);

    /** Made-up results: accuracy and loss depend on activation, depth and seed in a known way. */
    private static List<RunResult> results() {
        List<RunResult> out = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            for (int d = 1; d <= 3; d++) {
                for (int seed = 1; seed <= 2; seed++) {
                    double acc = (a == ACTIVATIONS.get(0) ? 0.9 - 0.2 * d : 0.8 + 0.05 * d) + 0.01 * seed;
                    double loss = 0.1 * d * seed;
                    RunSpec spec = new RunSpec(a, d, 8, Initializer.xavier(), 0.1, 8, 1, seed);
                    out.add(new RunResult(spec, List.of(new EpochRecord(0, 2, 0.1, 2, 0.1, Math.pow(10, -d), 1),
                            new EpochRecord(1, loss, acc, loss, acc, 1, 1)), 3));
                }
            }
        }
        return out;
    }

    @Test
    void everyPointOfTheAccuracyAndLossFiguresIsARowOfTheSummary() throws IOException {
        Cells cells = Cells.of(GRID, DATA, results());
        Tables.writeSummary(dir.resolve("summary.csv"), cells, List.of());
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",")).toList();
        int accuracy = header.indexOf("test_accuracy_mean");
        int loss = header.indexOf("final_train_loss_mean");
        check(new LineChart("accuracy", "x", "y", DepthSweep.byDepth(cells, Metric.TEST_ACCURACY), Scale.LINEAR,
                true), rows, accuracy, accuracy + 1);
        check(new LineChart("loss", "x", "y", DepthSweep.byDepth(cells, Metric.FINAL_TRAIN_LOSS), Scale.LOG,
                true), rows, loss, loss + 1);
        // The heat map: row = activation, column = depth, cell = the summary's mean test accuracy.
        double[][] heat = DepthSweep.heatMap(cells).values();
        for (String[] row : rows) {
            int r = row[0].equals("sigmoid") ? 0 : 1;
            int c = Integer.parseInt(row[1]) - 1;
            assertEquals(Double.parseDouble(row[accuracy]), heat[r][c], 1e-12, row[0] + " depth " + row[1]);
        }
    }

    /** Each series (an activation) holds, depth by depth, the summary's mean and sd columns for it. */
    private static void check(LineChart chart, List<String[]> rows, int meanColumn, int sdColumn) {
        assertEquals(List.of("sigmoid", "relu"), chart.series().stream().map(Series::name).toList());
        for (Series s : chart.series()) {
            List<String[]> mine = rows.stream().filter(r -> r[0].equals(s.name())).toList();
            assertArrayEquals(mine.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray(), s.x());
            assertArrayEquals(mine.stream().mapToDouble(r -> Double.parseDouble(r[meanColumn])).toArray(), s.y(),
                    1e-12);
            assertArrayEquals(mine.stream().mapToDouble(r -> Double.parseDouble(r[sdColumn])).toArray(), s.sd(),
                    1e-12);
        }
    }
}
