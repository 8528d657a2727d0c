package org.backproplab.experiments.initsweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.backproplab.reporting.HeatMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each heat map cell is summary.csv's mean test accuracy for that initialization and depth. */
class InitSweepFiguresTest {
    @TempDir
    Path dir;

    @Test
    void everyCellIsTheSummarysMean() throws IOException {
        List<String> inits = List.of("xavier", "he");
        List<RunResult> results = new ArrayList<>();
        for (String init : inits) {
            for (int depth : new int[] {5, 10}) {
                for (int seed = 1; seed <= 2; seed++) {
                    double acc = (init.equals("he") ? 0.9 : 0.5) - 0.02 * depth + 0.01 * seed;
                    RunSpec spec = new RunSpec(Activation.relu(), depth, 8, Initializer.named(init), 0.05, 8, 1,
                            seed);
                    results.add(new RunResult(spec, List.of(new EpochRecord(0, 2, 0.1, 2, 0.1, 1, 1),
                            new EpochRecord(1, 0.5, 0.8, 0.5, acc, 1, 1)), 1));
                }
            }
        }
        Grid grid = new Grid(Spirals.standard(1), List.of(Activation.relu()), List.of(5, 10), List.of(8), List.of(),
                List.of(8), inits, List.of("sgd"), 1, 2);
        TrainingData data = new TrainingData("made up", new Matrix(2, 2), new Matrix(2, 3), new Matrix(2, 2),
                new Matrix(2, 3), 3);
        Cells cells = Cells.of(grid, data, results);
        InitSweep.SWEEP.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1), cells);
        HeatMap heat = InitSweep.heatMap("relu", cells);
        assertEquals(inits, heat.rows());
        assertEquals(List.of("5", "10"), heat.columns());
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, 5)) {
            String[] row = line.split(",");
            int r = heat.rows().indexOf(row[header.indexOf("init")]);
            int c = heat.columns().indexOf(row[header.indexOf("depth")]);
            assertEquals(Double.parseDouble(row[header.indexOf("test_accuracy_mean")]), heat.values()[r][c], 1e-12,
                    line);
        }
    }
}
