package org.backproplab.benchmarks;

/**
 * One line of summary.csv: a network at a thread count, timed in both engines. Times are microseconds per training
 * step; a side that was not measured is NaN (an empty cell).
 *
 * @param engineMicros the machine's time per engine step: {@code engineStepMicros} over the threads stepping
 *     networks side by side (with one thread, the two are the same)
 * @param engineStepMicros one engine step as its thread sees it
 * @param engineAlloc heap bytes per engine step ({@code gc.alloc.rate.norm})
 */
public record StepRow(String network, int batch, int threads, double engineMicros, double dl4jMicros,
        double engineStepMicros, double engineErrorMicros, double dl4jErrorMicros, double engineAlloc,
        double dl4jAlloc) {

    public static final String HEADER = "network,batch,threads,engine_us,dl4j_us,speedup,engine_alloc_bytes,"
            + "dl4j_alloc_bytes,engine_step_us,engine_error_us,dl4j_error_us,engine_gflops,dl4j_gflops";

    /** The torch columns, after all of the above (appended, so that readers of the older columns still work). */
    public static final String TORCH_HEADER = "torch_f64_us,torch_f32_us,torch_f64_per_engine,torch_f32_per_engine";

    /** PyTorch's time over the engine's, > 1 where the engine is faster; torch only ran on one thread. */
    public double torchPerEngine(double torchMicros) {
        return threads == 1 ? torchMicros / engineMicros : Double.NaN;
    }

    /** This row's torch cells: empty beyond one thread, and wherever torch was absent or refused. */
    public String torchCsv(TorchTimes torch) {
        boolean one = threads == 1;
        return String.join(",", Format.fixed(one ? torch.f64Micros() : Double.NaN, 4),
                Format.fixed(one ? torch.f32Micros() : Double.NaN, 4),
                Format.fixed(torchPerEngine(torch.f64Micros()), 2), Format.fixed(torchPerEngine(torch.f32Micros()), 2));
    }

    /** DL4J's time over the engine's: how many times faster the engine is (NaN if either is missing). */
    public double speedup() {
        return dl4jMicros / engineMicros;
    }

    /**
     * The arithmetic rate of one step, GFLOP/s: the step's multiply-adds ({@link BenchCase#multiplyAdds}) x 2 over
     * its time as one thread sees it. How close a step runs to the kernels' own rate says how much else it spends.
     */
    public double engineGflops() {
        return 2.0 * BenchCase.named(network).multiplyAdds() / (engineStepMicros * 1e3);
    }

    public double dl4jGflops() {
        return 2.0 * BenchCase.named(network).multiplyAdds() / (dl4jMicros * 1e3);
    }

    public String csv() {
        return String.join(",", network, Integer.toString(batch), Integer.toString(threads),
                Format.fixed(engineMicros, 4), Format.fixed(dl4jMicros, 4), Format.fixed(speedup(), 2),
                Format.fixed(engineAlloc, 1), Format.fixed(dl4jAlloc, 1), Format.fixed(engineStepMicros, 4),
                Format.fixed(engineErrorMicros, 4), Format.fixed(dl4jErrorMicros, 4), Format.fixed(engineGflops(), 3),
                Format.fixed(dl4jGflops(), 3));
    }
}
