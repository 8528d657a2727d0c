package org.backproplab.experiments.backproptrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.backproplab.experiments.backproptrace.SigmoidExample.State;
import org.backproplab.experiments.training.StepTrace;
import org.backproplab.experiments.training.TracePages;
import org.backproplab.experiments.training.TracePages.Row;
import org.backproplab.reporting.StepThroughPage;
import org.backproplab.reporting.TracedRun;
import org.backproplab.reporting.TracedStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds' step-through pages hold the engine's numbers, the same in the page as in the CSV. */
class StepThroughTest {
    @TempDir
    static Path dir;
    static TracedRun sigmoid;
    static List<Row> page;
    static long millis;

    @BeforeAll
    static void write() throws IOException {
        long start = System.nanoTime();
        sigmoid = StepThroughs.sigmoid();
        StepThroughPage.write(sigmoid, dir.resolve("step-through.html"), dir.resolve("trace-steps.csv"));
        StepThroughPage.write(StepThroughs.xor(), dir.resolve("xor-step-through.html"),
                dir.resolve("xor-trace-steps.csv"));
        millis = (System.nanoTime() - start) / 1_000_000;
        page = TracePages.pageRows(dir.resolve("step-through.html"));
    }

    @Test
    void thePagesNumbersAreTheCsvsBitForBit() throws IOException {
        TracePages.assertPageEqualsCsv(dir.resolve("step-through.html"), dir.resolve("trace-steps.csv"));
        TracePages.assertPageEqualsCsv(dir.resolve("xor-step-through.html"), dir.resolve("xor-trace-steps.csv"));
    }

    @Test
    void bothPagesNeedNothingFromOutsideTheFile() throws IOException {
        TracePages.assertSelfContained(dir.resolve("step-through.html"));
        TracePages.assertSelfContained(dir.resolve("xor-step-through.html"));
    }

    @Test
    void thePagesKeepBackpropTracesQuickVersionQuickAndOpenFast() throws IOException {
        // Both pages, 10,400 traced steps, are made in a fraction of a second on an idle machine; 10 s allows for a
        // busy one. Their size is what a browser parses on opening: under a megabyte each.
        assertTrue(millis < 10_000, "made in " + millis + " ms");
        for (String f : List.of("step-through.html", "xor-step-through.html")) {
            long size = java.nio.file.Files.size(dir.resolve(f));
            assertTrue(size < 1_000_000, f + ": " + size + " bytes");
        }
    }

    @Test
    void stepZeroIsTheSlidesForwardAndBackwardPass() {
        assertEquals(0.3775, TracePages.value(page, 0, "net", 0, 0, -1), 1e-15);
        assertEquals(0.593269992, TracePages.value(page, 0, "out", 0, 0, -1), 5e-10);
        assertEquals(0.596884378, TracePages.value(page, 0, "out", 0, 1, -1), 5e-10);
        assertEquals(0.75136507, TracePages.value(page, 0, "out", 1, 0, -1), 5e-9);
        assertEquals(0.772928465, TracePages.value(page, 0, "out", 1, 1, -1), 5e-10);
        assertEquals(0.298371109, TracePages.value(page, 0, "loss", -1, -1, -1), 5e-10);
        assertEquals(0.74136507, TracePages.value(page, 0, "dE/dout", 1, 0, -1), 5e-9);
        assertEquals(0.138498562, TracePages.value(page, 0, "delta", 1, 0, -1), 5e-10);
        // w5 (hidden h1 -> o1) is layer 1's weight (0, 0); its gradient and update as the slides give them.
        assertEquals(0.082167041, TracePages.value(page, 0, "dE/dw", 1, 0, 0), 5e-10);
        assertEquals(0.35891648, TracePages.value(page, 0, "w+", 1, 0, 0), 5e-9);
    }

    @Test
    void everyRecordedStepsWeightsAndLossAreThoseOfTheEnginesOwnTraining() {
        List<State> states = SigmoidExample.train(SigmoidExample.STEPS);
        for (TracedStep s : sigmoid.steps()) {
            State before = states.get(s.step());
            State after = states.get(s.step() + 1);
            assertEquals(before.totalError(), s.loss(), "loss at step " + s.step());
            assertArrayEquals(before.w(), weights(s, "w"), "w at step " + s.step());
            assertArrayEquals(after.w(), weights(s, "w+"), "w+ at step " + s.step());
        }
        // Step 1's weights are those after one update.
        assertArrayEquals(SigmoidExample.train(1).get(1).w(), weights(sigmoid.steps().get(1), "w"));
    }

    /** w1..w8 of a step, in the seed's order, by the names the page gives them. */
    private static double[] weights(TracedStep s, String quantity) {
        double[] w = new double[8];
        s.values().stream().filter(v -> v.quantity().equals(quantity)).forEach(v -> {
            String name = sigmoid.weightNames().get(v.layer() + "," + v.i() + "," + v.j());
            w[Integer.parseInt(name.substring(1)) - 1] = v.value();
        });
        return w;
    }

    @Test
    void everyStepIsRecordedEarlyThenThinningAndTheLastAlways() {
        List<Integer> recorded = sigmoid.steps().stream().map(TracedStep::step).toList();
        assertEquals(IntStream.range(0, StepTrace.EVERY_STEP).boxed().toList(),
                recorded.subList(0, StepTrace.EVERY_STEP));
        assertEquals(SigmoidExample.STEPS - 1, recorded.get(recorded.size() - 1));
        assertEquals(140, recorded.size());
        for (int k = StepTrace.EVERY_STEP + 1; k < recorded.size() - 1; k++) {
            assertTrue(recorded.get(k) >= StepTrace.THINNING * recorded.get(k - 1), "step " + recorded.get(k));
            assertTrue(StepTrace.recorded(recorded.get(k), SigmoidExample.STEPS));
        }
    }

    @Test
    void theXorPagesFirstStepIsTheSeedsStepDoneAsGradientDescent() throws IOException {
        List<Row> xor = TracePages.pageRows(dir.resolve("xor-step-through.html"));
        XorExample.Result r = XorExample.run();
        for (XorExample.Update u : r.gradientDescent()) {
            int j = u.param().charAt(1) - '0';
            int k = u.param().charAt(2) - '0';
            boolean w = u.param().charAt(0) == 'W';
            double gradient = w ? k == 0 ? TracePages.value(xor, 0, "dE/db", 0, j - 1, -1)
                    : TracePages.value(xor, 0, "dE/dw", 0, k - 1, j - 1)
                    : k == 0 ? TracePages.value(xor, 0, "dE/db", 1, 0, -1)
                    : TracePages.value(xor, 0, "dE/dw", 1, k - 1, 0);
            assertEquals(u.gradient(), gradient, u.param());
        }
        assertEquals(r.lossBefore(), TracePages.value(xor, 0, "loss", -1, -1, -1));
        assertEquals(StepThroughs.XOR_STEPS - 1, xor.get(xor.size() - 1).step());
        int cells = StepTrace.RESOLUTION * StepTrace.RESOLUTION;
        TracePages.json(dir.resolve("xor-step-through.html")).get("steps")
                .forEach(s -> assertEquals(cells, s.get("boundary").size()));
    }
}
