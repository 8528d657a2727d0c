package org.backproplab.benchmarks;

import java.util.List;

/** The summary's numbers as Markdown tables, the form benchmarks/README.md shows them in. */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static String of(List<StepRow> steps, List<KernelRow> kernels, Machine machine, double measuredPeak) {
        return of(steps, kernels, machine, measuredPeak, TorchResults.absent());
    }

    static String of(List<StepRow> steps, List<KernelRow> kernels, Machine machine, double measuredPeak,
            TorchResults torch) {
        return of(steps, kernels, machine, measuredPeak, torch, TorchKernels.absent());
    }

    static String of(List<StepRow> steps, List<KernelRow> kernels, Machine machine, double measuredPeak,
            TorchResults torch, TorchKernels torchKernels) {
        StringBuilder md = new StringBuilder();
        md.append("| network | batch | threads | engine us/step | DL4J us/step | DL4J/engine | engine B/step "
                + "| DL4J B/step | engine GFLOP/s | DL4J GFLOP/s | PyTorch f64 us | PyTorch f64/engine "
                + "| PyTorch f32 us | PyTorch f32/engine |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (StepRow s : steps) {
            md.append("| ").append(s.network()).append(" | ").append(s.batch()).append(" | ").append(s.threads())
                    .append(" | ").append(Format.short3(s.engineMicros())).append(" | ")
                    .append(Format.short3(s.dl4jMicros())).append(" | ").append(Format.short3(s.speedup()))
                    .append(" | ").append(Format.short3(s.engineAlloc())).append(" | ")
                    .append(Format.short3(s.dl4jAlloc())).append(" | ").append(Format.short3(s.engineGflops()))
                    .append(" | ").append(Format.short3(s.dl4jGflops())).append(" | ");
            TorchTimes t = torch.of(s.network());
            boolean one = s.threads() == 1;
            md.append(Format.short3(one ? t.f64Micros() : Double.NaN)).append(" | ")
                    .append(Format.short3(s.torchPerEngine(t.f64Micros()))).append(" | ")
                    .append(Format.short3(one ? t.f32Micros() : Double.NaN)).append(" | ")
                    .append(Format.short3(s.torchPerEngine(t.f32Micros()))).append(" |\n");
        }
        md.append("\nPyTorch (one thread, one core, timed right after the engine's JMH run of each network): ")
                .append(torch.status().equals("measured") ? "torch " + torch.version() + ", " + torch.blas() + " BLAS"
                        : torch.status()).append(".\n");
        md.append("\n| kernel | M x K x N | us | GFLOP/s | of nominal peak | of measured peak | B/op "
                + "| PyTorch f64 us | PyTorch GFLOP/s | PyTorch of measured peak | PyTorch/engine |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (KernelRow k : kernels) {
            md.append("| ").append(k.kernel()).append(" | ").append(k.shape().m()).append('x').append(k.shape().k())
                    .append('x').append(k.shape().n()).append(" | ").append(Format.short3(k.micros())).append(" | ")
                    .append(Format.short3(k.gflops())).append(" | ")
                    .append(percent(k.gflops() / k.nominalPeakGflops())).append(" | ")
                    .append(percent(k.gflops() / k.measuredPeakGflops())).append(" | ")
                    .append(Format.short3(k.alloc())).append(" | ");
            double t = torchKernels.of(k.kernel(), k.shape());
            double tGflops = k.shape().flops() / (t * 1e3);
            md.append(Format.short3(t)).append(" | ").append(Format.short3(tGflops)).append(" | ")
                    .append(percent(tGflops / k.measuredPeakGflops())).append(" | ")
                    .append(Format.short3(k.torchPerEngine(t))).append(" |\n");
        }
        md.append("\nPyTorch's products (torch.mm, float64, one thread, its BLAS; timed right after the engine's "
                + "kernel runs): ").append(torchKernels.describe()).append(".\n");
        md.append("\nMachine: ").append(machine.model()).append(", ").append(machine.cores()).append(" cores, ")
                .append(Format.fixed(machine.mhz(), 0)).append(" MHz (cpuinfo), ")
                .append(String.join(" ", machine.vectorFlags())).append("; ").append(machine.java())
                .append(".\nOne core's double-precision peak: ").append(Format.fixed(machine.mhz() / 1000, 3))
                .append(" GHz x ").append(machine.flopsPerCycle()).append(" FLOP/cycle = ")
                .append(Format.fixed(machine.nominalPeakGflops(), 1)).append(" GFLOP/s nominal; measured by "
                        + "fma_peak: ").append(Double.isNaN(measuredPeak) ? "not run" : Format.fixed(measuredPeak, 1)
                        + " GFLOP/s").append(".\n");
        return md.toString();
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) || Double.isInfinite(fraction) ? "-" : Format.fixed(100 * fraction, 0) + "%";
    }
}
