package org.backproplab.experiments.lrsweep;

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
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss-vs-rate figure draws summary.csv's means, and crosses exactly where summary.csv counts divergence. */
class LrFiguresTest {
    @TempDir
    Path dir;

    private static final double[] RATES = {0.01, 0.1, 1.0};

    @Test
    void linesAreTheSummaryMeansAndCrossesAreTheDivergedRates() throws IOException {
        List<RunResult> results = new ArrayList<>();
        for (double lr : RATES) {
            for (int seed = 1; seed <= 2; seed++) {
                RunSpec spec = new RunSpec(Activation.tanh(), 2, 8, Initializer.xavier(), lr, 8, 2, seed);
                // At rate 1 seed 2 diverges at epoch 1; every other run ends at loss lr * seed.
                boolean diverges = lr == 1.0 && seed == 2;
                List<EpochRecord> epochs = List.of(new EpochRecord(0, 2, 0.1, 2, 0.1, 1, 1),
                        new EpochRecord(1, diverges ? Double.NaN : lr * seed, 0.9, 0.5, 0.8 + lr / 10, 1, 1));
                results.add(diverges ? new RunResult(spec, epochs, 1, 1) : new RunResult(spec, epochs, 1));
            }
        }
        Grid grid = new Grid(Spirals.standard(1), List.of(Activation.tanh()), List.of(2), List.of(8),
                List.of(RATES[0], RATES[1], RATES[2]), List.of(8), List.of("auto"), List.of("sgd"), 1, 2);
        TrainingData data = new TrainingData("made up", new Matrix(2, 2), new Matrix(2, 3), new Matrix(2, 2),
                new Matrix(2, 3), 3);
        Cells cells = Cells.of(grid, data, results);
        LrSweep.SWEEP.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1), cells);
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",")).toList();
        int loss = header.indexOf("final_train_loss_mean");
        int diverged = header.indexOf("diverged");
        int lr = header.indexOf("lr");

        LineChart chart = LrSweep.lossFigure(cells);
        assertEquals(true, chart.logX());
        Series line = chart.series().get(0);
        assertArrayEquals(RATES, line.x());
        assertArrayEquals(rows.stream().mapToDouble(r -> Double.parseDouble(r[loss])).toArray(), line.y(), 1e-12);
        Series crosses = chart.series().get(1);
        assertEquals(Series.Style.CROSSES, crosses.style());
        double[] divergedRates = rows.stream().filter(r -> Integer.parseInt(r[diverged]) > 0)
                .mapToDouble(r -> Double.parseDouble(r[lr])).toArray();
        assertArrayEquals(divergedRates, crosses.x());
        assertArrayEquals(new double[] {1.0}, crosses.y(), 1e-12, "on the line: the other seed's loss");
    }
}
