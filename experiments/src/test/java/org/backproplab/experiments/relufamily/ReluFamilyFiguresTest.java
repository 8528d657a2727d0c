package org.backproplab.experiments.relufamily;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.backproplab.reporting.BoxPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The box plot holds each seed's accuracy, and their mean is the one summary.csv reports. */
class ReluFamilyFiguresTest {
    @TempDir
    Path dir;

    @Test
    void eachBoxHoldsTheSeedsWhoseMeanIsInTheSummary() throws IOException {
        List<Activation> activations = List.of(Activation.relu(), Activation.named("elu"));
        List<RunResult> results = new ArrayList<>();
        for (Activation a : activations) {
            for (int seed = 1; seed <= 4; seed++) {
                double acc = (a == activations.get(0) ? 0.90 : 0.95) + 0.01 * seed;
                RunSpec spec = new RunSpec(a, 2, 8, Initializer.he(), 0.05, 8, 2, seed);
                results.add(new RunResult(spec, List.of(new EpochRecord(0, 2, 0.1, 2, 0.1, 1, 1),
                        new EpochRecord(1, 0.5, 0.8, 0.5, 0.8, 1, 1),
                        new EpochRecord(2, 0.05 * seed, acc, 0.1, acc, 1, 1)), 3));
            }
        }
        Grid grid = new Grid(Spirals.standard(1), activations, List.of(2), List.of(8), List.of(0.05), List.of(8),
                List.of("auto"), List.of("sgd"), 2, 4);
        TrainingData data = new TrainingData("made up", new Matrix(2, 2), new Matrix(2, 3), new Matrix(2, 2),
                new Matrix(2, 3), 3);
        Cells cells = Cells.of(grid, data, results);
        ReluFamily.SWEEP.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1), cells);
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",")).toList();
        int activation = header.indexOf("activation");
        int accuracy = header.indexOf("test_accuracy_mean");
        BoxPlot boxes = ReluFamily.boxes(cells);
        assertEquals(2, boxes.boxes().size());
        for (int i = 0; i < 2; i++) {
            BoxPlot.Box box = boxes.boxes().get(i);
            assertEquals(rows.get(i)[activation], box.name());
            double base = i == 0 ? 0.90 : 0.95;
            assertArrayEquals(new double[] {base + 0.01, base + 0.02, base + 0.03, base + 0.04}, box.values(), 1e-12);
            assertEquals(Double.parseDouble(rows.get(i)[accuracy]), java.util.Arrays.stream(box.values()).average()
                    .orElseThrow(), 1e-12);
        }
    }
}
