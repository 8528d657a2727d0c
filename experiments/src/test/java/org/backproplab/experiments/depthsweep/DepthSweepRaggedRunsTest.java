package org.backproplab.experiments.depthsweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in which some runs diverged, and so are shorter than the others, writes every table and figure: the
 * depth sweep of 1 to 20 layers with relu, selu and leaky ReLU trained 180 runs and then threw
 * ArrayIndexOutOfBoundsException, as its loss curves were sized from each cell's first run.
 */
class DepthSweepRaggedRunsTest {
    @TempDir
    Path dir;

    private static final List<Activation> ACTIVATIONS = List.of(Activation.relu(), Activation.named("selu"));
    private static final int EPOCHS = 6;

    /** Seed 1 trains all 6 epochs; seed 2 diverges at epoch 2 at every depth from 2 on; seed 3 at epoch 4. */
    private static List<RunResult> results() {
        List<RunResult> out = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            for (int depth = 1; depth <= 3; depth++) {
                for (int seed = 1; seed <= 3; seed++) {
                    int divergesAt = depth == 1 || seed == 1 ? -1 : seed == 2 ? 2 : 4;
                    List<EpochRecord> epochs = new ArrayList<>();
                    for (int e = 0; e <= (divergesAt < 0 ? EPOCHS : divergesAt); e++) {
                        double loss = e == divergesAt ? Double.NaN : 2.0 / (1 + e) + 0.01 * seed;
                        epochs.add(new EpochRecord(e, loss, 0.5, loss, 0.5 + 0.05 * e, 1e-2, 1));
                    }
                    RunSpec spec = new RunSpec(a, depth, 8, Initializer.he(), 1.0, 8, EPOCHS, seed);
                    out.add(new RunResult(spec, epochs, 1, divergesAt));
                }
            }
        }
        return out;
    }

    private static final TrainingData DATA = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 10),
            new Matrix(2, 3), new Matrix(2, 10), 10);

    private static final Grid GRID = new Grid(Spirals.standard(1), ACTIVATIONS, List.of(1, 2, 3), List.of(8),
            List.of(1.0), List.of(8), List.of("auto"), List.of("sgd"), EPOCHS, 3);

    @Test
    void everyTableAndFigureIsWrittenWhenSomeRunsDivergedEarly() throws IOException {
        // Three inputs: no decision boundaries, which would train the made-up runs again.
        TrainingData data = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 10), new Matrix(2, 3),
                new Matrix(2, 10), 10);
        DepthSweep.SWEEP.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1),
                Cells.of(GRID, data, results()));
        for (String f : List.of("runs.csv", "summary.csv", "REPORT.md", "training-loss-relu.png",
                "training-loss-selu.png", "test-accuracy-vs-depth.png", "test-accuracy-heatmap.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }

    @Test
    void aLossCurveLastsAsLongAsTheLongestRunAndAveragesTheRunsStillTraining() {
        Cells cells = Cells.of(GRID, DATA, results());
        LineChart relu = (LineChart) DepthSweep.trainingCurves(cells).stream()
                .filter(d -> d.file().equals("training-loss-relu.png")).findFirst().orElseThrow().figure();
        assertTrue(relu.title().contains("each epoch the mean of the runs still training"), relu.title());
        Series depth3 = relu.series().get(2);
        assertEquals("depth 3", depth3.name());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6}, depth3.x());
        double[] y = depth3.y();
        // Epochs 0 and 1: all three seeds; 2 and 3: seeds 1 and 3 (seed 2's NaN is left out); from 4: seed 1.
        assertEquals(2.0 / 2 + 0.02, y[1], 1e-12);
        assertEquals(2.0 / 3 + 0.02, y[2], 1e-12);
        assertEquals(2.0 / 5 + 0.01, y[4], 1e-12);
        assertEquals(2.0 / 7 + 0.01, y[6], 1e-12);
    }
}
