package org.backproplab.experiments.xor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Measurements;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss that blows up is drawn: {@code -Dexp=xor -Dquick=true -Dlr=3} trained, then hung drawing its log-axis loss
 * chart until the heap ran out, as the axis's upper bound had become infinite.
 */
class XorFiguresTest {
    @TempDir
    Path dir;

    @Test
    void lossesThatOverflowToInfinityNaNAndZeroStillGiveALossChart() throws IOException {
        // Medians of 0.125 ... 1e300 over a span of 304 decades: the old axis padded 1e300 to infinity and never
        // stopped placing ticks. Exact zeros, infinities and NaN are on the way too; a run stops at the epoch its
        // loss stops being finite, as the trainer stops it.
        double[][] losses = {
            {0.125, 3, 1e50, 1e300, 1e300, Double.POSITIVE_INFINITY},
            {0.125, 10, 1e200, 1e305, Double.POSITIVE_INFINITY},
            {0.125, 0.1, 1e-3, 1e-4, 0, 0, 0, 0},
            {0.125, Double.NaN},
        };
        List<RunResult> results = new ArrayList<>();
        for (Activation a : List.of(Activation.relu(), Activation.tanh())) {
            results.add(run(XorLearning.spec(a, XorLearning.SEED_START, 0, 3.0, 7, 3, 1), losses[2], 0.5));
            for (int seed = 1; seed <= 4; seed++) {
                results.add(run(XorLearning.spec(a, Initializer.xavier(), seed, 3.0, 7, 3, 1), losses[seed - 1],
                        Double.NaN));
            }
        }
        XorReport.REPORT.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1),
                new XorReport.Runs(results, XorLearning.truthTable()));
        assertTrue(Files.size(dir.resolve("loss-curves.png")) > 0);
        assertTrue(Files.readString(dir.resolve("REPORT.md")).contains("loss-curves.png"));
    }

    /** A run with these losses, every output {@code output}, and for seed 1 a boundary of that output. */
    private static RunResult run(RunSpec spec, double[] loss, double output) {
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 0; e < loss.length; e++) {
            epochs.add(new EpochRecord(e, loss[e], 0.5, loss[e], 0.5, 1, 1));
        }
        Map<String, Measurements> probes = new LinkedHashMap<>();
        probes.put(XorLearning.FIT.name(), new Measurements(Map.of("first", new double[][] {{-1}}, "outputs",
                new double[][] {{output}, {output}, {output}, {output}})));
        if (spec.seed() == 1) {
            int n = XorLearning.BOUNDARY.resolution();
            double[][] p = new double[n * n][];
            Arrays.setAll(p, i -> new double[] {1 - output, output});
            probes.put(XorLearning.BOUNDARY.name(), new Measurements(Map.of("range",
                    new double[][] {{-0.5, 1.5}, {-0.5, 1.5}}, "probabilities", p)));
        }
        boolean diverged = !Double.isFinite(loss[loss.length - 1]);
        return new RunResult(spec, epochs, 3, diverged ? loss.length - 1 : -1, probes);
    }
}
