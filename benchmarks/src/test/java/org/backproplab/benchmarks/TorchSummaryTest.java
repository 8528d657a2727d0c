package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PyTorch's columns in the summary, from a fixture torch.csv beside the sample JMH results (2-2-2 at 1 and 2
 * threads): present, absent, and refused because torch called the reference BLAS. Needs no torch.
 */
class TorchSummaryTest {
    private static final Machine MACHINE = new Machine("test cpu", 2000, Set.of("avx2", "fma"), 2, "test jvm");

    private static List<StepRow> steps() throws IOException, URISyntaxException {
        List<JmhRecord> records = new ArrayList<>();
        for (String name : List.of("sample-1-thread.json", "sample-2-threads.json")) {
            records.addAll(JmhRecord.read(resource(name)));
        }
        return JmhSummary.steps(records);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TorchSummaryTest.class.getResource(name).toURI());
    }

    private static List<String> summary(Path dir, TorchResults torch) throws Exception {
        JmhSummary.write(dir, steps(), List.of(), MACHINE, 64, torch);
        return Files.readAllLines(dir.resolve("summary.csv"));
    }

    @Test
    void torchTimesAndRatiosSitAtTheEndOfTheOneThreadRow(@TempDir Path dir) throws Exception {
        List<String> lines = summary(dir, TorchResults.read(resource("sample-torch.csv")));
        assertTrue(lines.get(0).startsWith(StepRow.HEADER + ","), "the old columns first, unchanged: " + lines.get(0));
        assertTrue(lines.get(0).endsWith(",torch_f64_us,torch_f32_us,torch_f64_per_engine,torch_f32_per_engine"));
        double engine = steps().get(0).engineMicros();
        String expected = String.join(",", "128.0000", "121.0000", Format.fixed(128 / engine, 2),
                Format.fixed(121 / engine, 2));
        assertTrue(lines.get(1).endsWith("," + expected), lines.get(1) + " should end with " + expected);
        assertTrue(lines.get(2).endsWith(",,,,"), "torch ran on one thread only: " + lines.get(2));
        for (String line : lines) {
            assertEquals(lines.get(0).split(",", -1).length, line.split(",", -1).length, line);
        }
        assertTrue(Files.readString(dir.resolve("machine.csv")).contains(",1.13.0a0,openblas,\"measured\""));
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("| 128 | " + Format.short3(128 / engine) + " | 121 | "), md);
        assertTrue(md.contains("torch 1.13.0a0, openblas BLAS"), md);
    }

    @Test
    void withoutTorchTheColumnsAreEmptyAndTheMachineSaysAbsent(@TempDir Path dir) throws Exception {
        List<String> lines = summary(dir, TorchResults.absent());
        assertTrue(lines.get(1).endsWith(",,,,"), lines.get(1));
        assertTrue(Files.readString(dir.resolve("machine.csv")).contains(",absent,absent,\"absent\""));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("PyTorch (one thread"));
    }

    @Test
    void theReferenceBlasIsNotPublished(@TempDir Path dir) throws Exception {
        TorchResults torch = TorchResults.parse(List.of(TorchResults.HEADER,
                "2-2-2,1,f64,128.0,1.0,3,1.13.0a0,reference", "2-2-2,1,f32,121.0,1.0,3,1.13.0a0,reference"));
        assertEquals("refused: torch called the reference BLAS", torch.status());
        List<String> lines = summary(dir, torch);
        assertTrue(lines.get(1).endsWith(",,,,"), lines.get(1));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("refused: torch called the reference BLAS"));
    }

    @Test
    void aFileWithTheWrongHeaderOrAnUnknownNetworkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TorchResults.parse(List.of("network,us")));
        assertThrows(IllegalArgumentException.class, () -> TorchResults.parse(List.of(TorchResults.HEADER,
                "3-3-3,1,f64,1.0,0.1,3,1.13.0a0,openblas")));
    }
}
