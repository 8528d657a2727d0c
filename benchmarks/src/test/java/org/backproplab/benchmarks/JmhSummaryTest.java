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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary from real JMH output: sample-1-thread.json and sample-2-threads.json are what benchmarks/run's two JMH
 * runs wrote for 2-2-2 and one kernel shape (a very short run, so the numbers themselves mean nothing).
 */
class JmhSummaryTest {
    private static List<JmhRecord> sample() throws IOException, URISyntaxException {
        List<JmhRecord> records = new ArrayList<>();
        for (String name : List.of("sample-1-thread.json", "sample-2-threads.json")) {
            records.addAll(JmhRecord.read(Path.of(JmhSummaryTest.class.getResource(name).toURI())));
        }
        return records;
    }

    @Test
    void summaryCsvHasTheIssuesColumnsAndOneLinePerNetworkAndThreadCount(@TempDir Path dir) throws Exception {
        List<JmhRecord> records = sample();
        Machine machine = new Machine("test cpu", 2000, Set.of("avx2", "fma"), 2, "test jvm");
        JmhSummary.write(dir, JmhSummary.steps(records), JmhSummary.kernels(records, 32, 64), machine, 64);

        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        assertTrue(lines.get(0).startsWith("network,batch,threads,engine_us,dl4j_us,speedup,engine_alloc_bytes"),
                lines.get(0));
        assertEquals(3, lines.size(), "header and 2-2-2 at 1 and 2 threads: " + lines);
        int columns = lines.get(0).split(",", -1).length;
        for (String line : lines) {
            assertEquals(columns, line.split(",", -1).length, line);
        }
        assertTrue(lines.get(1).startsWith("2-2-2,1,1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2-2-2,1,2,"), lines.get(2));

        List<String> kernels = Files.readAllLines(dir.resolve("kernels.csv"));
        assertEquals(KernelRow.HEADER + ",torch_us,torch_gflops,torch_per_engine", kernels.get(0),
                "the old columns first, unchanged, then PyTorch's");
        assertTrue(kernels.get(1).startsWith("multiply,32,784,100,"), kernels.get(1));
        assertTrue(kernels.get(1).endsWith(",,,"), "no torch kernels measured: empty cells, " + kernels.get(1));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| 2-2-2 | 1 | 2 |"));
        assertTrue(Files.readString(dir.resolve("machine.csv")).contains("\"test cpu\",2000,avx2 fma,2,16,32.0,64.0"));
    }

    @Test
    void rowsPairTheEnginesAndDivideTheEnginesTimeByTheNetworksSteppedSideBySide() throws Exception {
        List<StepRow> rows = JmhSummary.steps(sample());
        StepRow one = rows.get(0);
        assertEquals(1, one.threads());
        assertEquals(0.1748386495003963, one.engineMicros(), 1e-15);
        assertEquals(3978.97140232358, one.dl4jMicros(), 1e-9);
        assertEquals(3978.97140232358 / 0.1748386495003963, one.speedup(), 1e-6);
        assertEquals(0.00431618085945251, one.engineAlloc(), 1e-15);
        assertEquals(259167.0533562823, one.dl4jAlloc(), 1e-6);

        StepRow two = rows.get(1);
        assertEquals(2, two.threads());
        assertEquals(0.48666449905989795, two.engineStepMicros(), 1e-15);
        assertEquals(0.48666449905989795 / 2, two.engineMicros(), 1e-15);
        assertEquals(4561.215603400735, two.dl4jMicros(), 1e-9);
    }

    @Test
    void kernelGflopsAreTwoMknOverTheTime() throws Exception {
        List<KernelRow> kernels = JmhSummary.kernels(sample(), 32, 64);
        assertEquals(1, kernels.size());
        KernelRow k = kernels.get(0);
        double gflops = 2.0 * 32 * 784 * 100 / (1011.6374055876145 * 1e3);
        assertEquals(gflops, k.gflops(), 1e-12);
        assertTrue(k.csv().contains("," + Format.fixed(gflops / 32, 3) + "," + Format.fixed(gflops / 64, 3) + ","),
                k.csv());
    }

    @Test
    void aMissingSideLeavesEmptyCellsNotZeros() {
        JmhRecord engineOnly = new JmhRecord("EngineStepBenchmark.step", Map.of("network", "512x4"), 1, 900.0, 5.0,
                0.0);
        String csv = JmhSummary.steps(List.of(engineOnly)).get(0).csv();
        assertTrue(csv.startsWith("512x4,128,1,900.0000,,,0.0,,900.0000,5.0000,"), csv);
    }

    @Test
    void anUnknownNetworkIsRefusedWithTheKnownNames() {
        JmhRecord r = new JmhRecord("EngineStepBenchmark.step", Map.of("network", "3-3-3"), 1, 1.0, 0.1, 0.0);
        var e = assertThrows(IllegalArgumentException.class, () -> JmhSummary.steps(List.of(r)));
        assertTrue(e.getMessage().contains("'3-3-3'") && e.getMessage().contains("784-256-256-10"), e.getMessage());
    }
}
