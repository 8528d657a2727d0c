package org.backproplab.benchmarks;

/**
 * One line of kernels.csv: a matrix kernel on one shape, one core, in GFLOP/s and as a fraction of that core's
 * peak, both the peak derived from cpuinfo and the one measured by fma_peak (NaN where unknown).
 */
public record KernelRow(String kernel, KernelShape shape, double micros, double errorMicros, double alloc,
        double nominalPeakGflops, double measuredPeakGflops) {

    public static final String HEADER =
            "kernel,m,k,n,us,error_us,gflops,nominal_peak_fraction,measured_peak_fraction,alloc_bytes";

    /** PyTorch's columns, after the others: its time, its GFLOP/s, and its time over the engine's. */
    public static final String TORCH_HEADER = "torch_us,torch_gflops,torch_per_engine";

    public double gflops() {
        return shape.flops() / (micros * 1e3);
    }

    /** PyTorch's time over the engine's: above 1 where the engine's kernel is faster. */
    public double torchPerEngine(double torchMicros) {
        return torchMicros / micros;
    }

    /** This row's torch cells, empty where torch was absent or refused. */
    public String torchCsv(double torchMicros) {
        return String.join(",", Format.fixed(torchMicros, 3), Format.fixed(shape.flops() / (torchMicros * 1e3), 2),
                Format.fixed(torchPerEngine(torchMicros), 2));
    }

    public String csv() {
        return String.join(",", kernel, Integer.toString(shape.m()), Integer.toString(shape.k()),
                Integer.toString(shape.n()), Format.fixed(micros, 3), Format.fixed(errorMicros, 3),
                Format.fixed(gflops(), 2), Format.fixed(gflops() / nominalPeakGflops, 3),
                Format.fixed(gflops() / measuredPeakGflops, 3), Format.fixed(alloc, 1));
    }
}
