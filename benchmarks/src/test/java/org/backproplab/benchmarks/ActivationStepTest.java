package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationStepTest {
    private static JmhRecord step(String activation, double micros) {
        return new JmhRecord("ActivationStepBenchmark.step", Map.of("activation", activation), 1, micros,
                micros / 10, 0.0);
    }

    @Test
    void eachActivationIsReadAgainstTheReluStepOfTheSameRun(@TempDir Path dir) throws Exception {
        List<JmhRecord> records = List.of(step("relu", 40), step("tanh", 50), step("gelu", 70),
                new JmhRecord("EngineStepBenchmark.step", Map.of("network", "64-30x5-10"), 1, 20, 1, 0));
        List<ActivationStep> rows = ActivationStep.of(records);
        assertEquals(List.of("relu", "tanh", "gelu"), rows.stream().map(ActivationStep::activation).toList());
        assertEquals(1.0, rows.get(0).ratio(), 0.0);
        assertEquals(1.25, rows.get(1).ratio(), 1e-12);
        assertEquals(1.75, rows.get(2).ratio(), 1e-12);
        ActivationStep.write(dir, rows);
        List<String> csv = Files.readAllLines(dir.resolve("activations.csv"));
        assertEquals(ActivationStep.HEADER, csv.get(0));
        assertEquals("gelu,70.000,7.000,0.0,1.75", csv.get(3));
        assertTrue(ActivationStep.markdown(rows).contains("| tanh | 50.0 \u00b1 5.0 us | 1.25x |"),
                ActivationStep.markdown(rows));
    }

    @Test
    void aRunWithoutActivationStepsWritesNoFileAndNoTable(@TempDir Path dir) throws Exception {
        ActivationStep.write(dir, List.of());
        assertEquals(false, Files.exists(dir.resolve("activations.csv")));
        assertEquals("", ActivationStep.markdown(List.of()));
    }
}
