package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PyTorch's products beside the engine's kernels (kernels.csv, the kernel table of summary.md), from a torch-kernels
 * CSV as torch_kernels.py writes it, against the sample JMH result (multiply on 32x784x100, 1011.6 us). Needs no
 * torch.
 */
class TorchKernelsTest {
    private static final Machine MACHINE = new Machine("test cpu", 2000, Set.of("avx2", "fma"), 2, "test jvm");
    private static final List<String> MEASURED = List.of(TorchKernels.HEADER,
            "multiply,32,784,100,2023.2748,10.0,10,1.13.1,openblas,Haswell",
            "multiplyTransA,32,784,100,1500.0,9.0,10,1.13.1,openblas,Haswell");

    private static List<KernelRow> kernels() throws Exception {
        List<JmhRecord> records = new ArrayList<>(JmhRecord.read(Path.of(
                TorchKernelsTest.class.getResource("sample-1-thread.json").toURI())));
        return JmhSummary.kernels(records, 32, 64);
    }

    private static void write(Path dir, TorchKernels torch) throws Exception {
        JmhSummary.write(dir, List.of(), kernels(), List.of(), MACHINE, 64, TorchResults.absent(), torch);
    }

    @Test
    void torchsTimeGflopsAndRatioSitAtTheEndOfItsKernelsRow(@TempDir Path dir) throws Exception {
        TorchKernels torch = TorchKernels.parse(MEASURED);
        assertEquals("measured", torch.status());
        assertEquals(2023.2748, torch.of("multiply", KernelShape.parse("32x784x100")));
        assertTrue(Double.isNaN(torch.of("multiplyTransB", KernelShape.parse("32x784x100"))));
        write(dir, torch);
        List<String> lines = Files.readAllLines(dir.resolve("kernels.csv"));
        double engine = kernels().get(0).micros();
        double gflops = 2.0 * 32 * 784 * 100 / (2023.2748 * 1e3);
        String expected = String.join(",", "2023.275", Format.fixed(gflops, 2), Format.fixed(2023.2748 / engine, 2));
        assertTrue(lines.get(1).endsWith("," + expected), lines.get(1) + " should end with " + expected);
        assertEquals(lines.get(0).split(",", -1).length, lines.get(1).split(",", -1).length, lines.get(1));
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("| " + Format.short3(2023.2748) + " | " + Format.short3(gflops) + " | "
                + Format.fixed(100 * gflops / 64, 0) + "% | " + Format.short3(2023.2748 / engine) + " |"), md);
        assertTrue(md.contains("torch 1.13.1, openblas BLAS, its kernels for Haswell"), md);
        assertTrue(Files.readString(dir.resolve("machine.csv")).endsWith(",\"Haswell\",\"measured\"\n"));
    }

    @Test
    void withoutTorchTheCellsAreEmptyAndTheTableSaysAbsent(@TempDir Path dir) throws Exception {
        write(dir, TorchKernels.absent());
        assertTrue(Files.readAllLines(dir.resolve("kernels.csv")).get(1).endsWith(",,,"));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("its BLAS; timed right after the engine's "
                + "kernel runs): absent."));
    }

    @Test
    void theReferenceBlasIsNotPublished(@TempDir Path dir) throws Exception {
        TorchKernels torch = TorchKernels.parse(List.of(TorchKernels.HEADER,
                "multiply,32,784,100,20000.0,10.0,10,1.13.1,reference,"));
        assertEquals("refused: torch called the reference BLAS", torch.status());
        write(dir, torch);
        assertTrue(Files.readAllLines(dir.resolve("kernels.csv")).get(1).endsWith(",,,"));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("refused: torch called the reference BLAS"));
    }

    @Test
    void aWrongHeaderAnUnknownKernelABadShapeOrTwoBlasLibrariesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TorchKernels.parse(List.of("kernel,us")));
        assertThrows(IllegalArgumentException.class, () -> TorchKernels.parse(List.of(TorchKernels.HEADER,
                "gemv,32,784,100,1.0,0.1,10,1.13.1,openblas,Haswell")));
        assertThrows(IllegalArgumentException.class, () -> TorchKernels.parse(List.of(TorchKernels.HEADER,
                "multiply,0,784,100,1.0,0.1,10,1.13.1,openblas,Haswell")));
        assertThrows(IllegalArgumentException.class, () -> TorchKernels.parse(List.of(TorchKernels.HEADER,
                "multiply,32,784,100,1.0,0.1,10,1.13.1,openblas,Haswell",
                "multiplyTransA,32,784,100,1.0,0.1,10,1.13.1,mkl,")));
    }
}
