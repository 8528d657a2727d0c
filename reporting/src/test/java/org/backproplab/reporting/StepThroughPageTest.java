package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepThroughPageTest {
    @TempDir
    Path tmp;

    private static TracedRun run(String title, double w, TracePlane plane, int[] boundary) {
        List<TraceValue> values = List.of(new TraceValue("loss", -1, -1, -1, 0.1 + 0.2),
                new TraceValue("w", 0, 0, 0, w), new TraceValue("b", 0, 0, -1, -0.0));
        return new TracedRun(title, List.of("a note"), List.of("inputs", "outputs"), List.of(List.of("i1"),
                List.of("o1")), List.of("b1"), Map.of("0,0,0", "w1"), List.of(new TracedStep(0, values, boundary)),
                plane);
    }

    @Test
    void theJsonHoldsEveryDigitAndANotFiniteValueAsText() {
        String json = StepThroughPage.json(run("t", Double.NaN, null, new int[0]));
        assertTrue(json.contains("[\"loss\",-1,-1,-1,0.30000000000000004]"), json);
        assertTrue(json.contains("[\"w\",0,0,0,\"NaN\"]"), json);
        assertTrue(json.contains("[\"b\",0,0,-1,-0.0]"), json);
    }

    @Test
    void thePageIsOneFileThatLoadsNothingAndCannotBeBrokenOutOfByItsText() throws IOException {
        StepThroughPage.write(run("</script><script src=x>", 1.5, null, new int[0]), tmp.resolve("p.html"),
                tmp.resolve("p.csv"));
        String page = Files.readString(tmp.resolve("p.html"));
        assertFalse(page.contains("http"), "no address");
        assertFalse(page.contains("<script src"), "no external script");
        assertFalse(page.contains("<link"), "no external style");
        assertEquals(2, page.split("<script", -1).length - 1, "the data and the page's own script, nothing else");
        assertTrue(page.contains("step-slider"));
        assertEquals(List.of("step,quantity,layer,i,j,value", "0,loss,,,,0.30000000000000004", "0,w,0,0,0,1.5",
                "0,b,0,0,,-0.0"), Files.readAllLines(tmp.resolve("p.csv")));
    }

    @Test
    void aStepWhoseBoundaryDoesNotFitThePlaneIsRefused() {
        TracePlane plane = new TracePlane(new double[] {0, 1}, new double[] {0, 1}, 2, 2, new double[][] {{0, 0}},
                new int[] {0});
        run("t", 1, plane, new int[4]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("t", 1, plane, new int[3]));
        assertEquals("step 0 has 3 boundary numbers; expected 4", e.getMessage());
    }
}
