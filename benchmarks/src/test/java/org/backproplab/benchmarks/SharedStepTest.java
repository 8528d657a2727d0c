package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStepTest {
    private static JmhRecord shared(String network, int cores, double micros) {
        return new JmhRecord("EngineStepBenchmark.stepShared", Map.of("network", network, "cores", "" + cores,
                "threads", "1"), 1, micros, micros / 100, 0.0);
    }

    @Test
    void eachSharedStepIsSetBesideTheOneCoreStepOfTheSameRun(@TempDir Path dir) throws Exception {
        List<JmhRecord> records = List.of(shared("512x4", 2, 5000), shared("784-256-256-10", 2, 600),
                shared("512x4", 1, 9000), shared("784-256-256-10", 1, 1000),
                new JmhRecord("EngineStepBenchmark.step", Map.of("network", "512x4", "cores", "1"), 1, 7000, 1, 0));
        List<SharedStep> rows = SharedStep.of(records);
        // issue 7's order of networks, then cores; the plain step's 7000 us is another run's and is not used
        assertEquals(List.of("784-256-256-10", "784-256-256-10", "512x4", "512x4"),
                rows.stream().map(SharedStep::network).toList());
        assertEquals(1.0, rows.get(0).speedup(), 0.0);
        assertEquals(1000.0 / 600, rows.get(1).speedup(), 1e-12);
        assertEquals(1.8, rows.get(3).speedup(), 1e-12);
        SharedStep.write(dir, rows);
        List<String> csv = Files.readAllLines(dir.resolve("shared.csv"));
        assertEquals(SharedStep.HEADER, csv.get(0));
        assertEquals("512x4,2,5000.000,50.000,0.0,1.80", csv.get(4));
        assertTrue(SharedStep.markdown(rows).contains("| 512x4 | 2 | 5000.0 \u00b1 50.0 us | 1.80x |"),
                SharedStep.markdown(rows));
    }

    @Test
    void aRunWithoutSharedStepsWritesNoFileAndNoTable(@TempDir Path dir) throws Exception {
        SharedStep.write(dir, List.of());
        assertEquals(false, Files.exists(dir.resolve("shared.csv")));
        assertEquals("", SharedStep.markdown(List.of()));
    }
}
