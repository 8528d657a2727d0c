package org.backproplab.experiments.xor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.xor.XorLearning.XorResult;
import org.backproplab.experiments.xor.XorLearning.XorRun;
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
        // stopped placing ticks. Exact zeros, infinities and NaN are on the way too.
        double[][] losses = {
            {0.125, 3, 1e50, 1e300, 1e300, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN},
            {0.125, 10, 1e200, 1e305, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN},
            {0.125, 0.1, 1e-3, 1e-4, 0, 0, 0, 0},
        };
        List<XorResult> results = new ArrayList<>();
        for (Activation a : List.of(Activation.relu(), Activation.tanh())) {
            results.add(new XorResult(new XorRun(a, "seed's (all weights 1)", Initializer.constant(1.0, 1.0), 0, 3.0,
                    7, 3, 1), losses[0], new double[] {0.5, 0.5, 0.5, 0.5}, -1));
            for (int seed = 1; seed <= 3; seed++) {
                results.add(new XorResult(new XorRun(a, "xavier", Initializer.xavier(), seed, 3.0, 7, 3, 1),
                        losses[seed - 1], new double[] {Double.NaN, 0, 1, 0}, -1));
            }
        }
        XorOutputs.write(new RunContext(dir, new PrintStream(PrintStream.nullOutputStream()), 1), results);
        assertTrue(Files.size(dir.resolve("loss-curves.png")) > 0);
        assertTrue(Files.readString(dir.resolve("REPORT.md")).contains("loss-curves.png"));
    }
}
