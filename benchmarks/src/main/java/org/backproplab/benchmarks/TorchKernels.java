package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What torch_kernels.py wrote (torch-kernels.csv: {@code kernel,m,k,n,us,error_us,iterations,torch,blas,blas_core}):
 * PyTorch's float64 product on each of KernelBenchmark's kernels and shapes, one thread, i.e. its BLAS's; or why there
 * is nothing (torch absent, or a torch calling the reference BLAS, which the summary refuses to publish, as for
 * {@link TorchResults}).
 *
 * @param blasCore the kernels OpenBLAS chose for this CPU (its {@code openblas_get_corename}), with
 *                 OPENBLAS_CORETYPE if that forced them; empty where unknown
 * @param status   "measured", "absent" or "refused: ... BLAS"
 */
public record TorchKernels(Map<String, Double> micros, String version, String blas, String blasCore, String status) {
    static final String HEADER = "kernel,m,k,n,us,error_us,iterations,torch,blas,blas_core";
    private static final Set<String> KERNELS = Set.of("multiply", "multiplyTransA", "multiplyTransB");
    private static final Set<String> FAST_BLAS = Set.of("openblas", "mkl");

    public TorchKernels {
        micros = Map.copyOf(micros);
    }

    /** No torch run: every torch kernel cell is empty. */
    public static TorchKernels absent() {
        return new TorchKernels(Map.of(), "absent", "absent", "", "absent");
    }

    public static TorchKernels read(Path csv) throws IOException {
        return parse(Files.readAllLines(csv));
    }

    static TorchKernels parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("torch kernels CSV must start with '" + HEADER + "', got "
                    + (lines.isEmpty() ? "an empty file" : "'" + lines.get(0) + "'"));
        }
        Map<String, Double> micros = new LinkedHashMap<>();
        String version = "absent";
        String blas = "absent";
        String core = "";
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException("torch kernels CSV line needs 10 fields: '" + line + "'");
            }
            if (!KERNELS.contains(f[0])) {
                throw new IllegalArgumentException("torch kernels CSV: unknown kernel '" + f[0] + "', expected one of "
                        + KERNELS);
            }
            KernelShape shape = KernelShape.parse(f[1] + "x" + f[2] + "x" + f[3]);
            micros.put(key(f[0], shape), Double.parseDouble(f[4]));
            if (!blas.equals("absent") && !blas.equals(f[8])) {
                throw new IllegalArgumentException("torch kernels CSV mixes BLAS libraries: " + blas + " and " + f[8]);
            }
            version = f[7];
            blas = f[8];
            core = f[9];
        }
        if (micros.isEmpty()) {
            return absent();
        }
        if (!FAST_BLAS.contains(blas)) {
            return new TorchKernels(Map.of(), version, blas, core, "refused: torch called the " + blas + " BLAS");
        }
        return new TorchKernels(micros, version, blas, core, "measured");
    }

    /** PyTorch's microseconds for this kernel on this shape, NaN where it was not measured. */
    public double of(String kernel, KernelShape shape) {
        return micros.getOrDefault(key(kernel, shape), Double.NaN);
    }

    /** The line under the kernel table: what PyTorch's column is. */
    String describe() {
        if (!status.equals("measured")) {
            return status;
        }
        return "torch " + version + ", " + blas + " BLAS" + (blasCore.isEmpty() ? "" : ", its kernels for " + blasCore);
    }

    private static String key(String kernel, KernelShape shape) {
        return kernel + "@" + shape.m() + "x" + shape.k() + "x" + shape.n();
    }
}
