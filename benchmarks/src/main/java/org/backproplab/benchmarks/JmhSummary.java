package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns JMH's JSON results into the tables: {@code summary.csv} (one line per network and thread count, engine and
 * DL4J side by side), {@code kernels.csv} (GFLOP/s per kernel and shape), {@code machine.csv}, and {@code summary.md}
 * with the same numbers as Markdown tables for the README.
 *
 * <p>Usage: {@code JmhSummary --out DIR [--measured-peak GFLOPS] [--torch torch.csv] result.json...};
 * benchmarks/run calls it with the JSON files of its JMH runs and, where torch was found, torch_step.py's CSV.
 */
public final class JmhSummary {
    private static final String ENGINE = "EngineStepBenchmark.";
    private static final String DL4J = "Dl4jStepBenchmark.step";
    private static final String KERNEL = "KernelBenchmark.";

    private JmhSummary() {
    }

    /** One row per (network, threads) that either engine was timed at, in issue 7's order of networks. */
    public static List<StepRow> steps(List<JmhRecord> records) {
        Map<String, JmhRecord> engine = new LinkedHashMap<>();
        Map<String, JmhRecord> dl4j = new LinkedHashMap<>();
        TreeSet<Key> keys = new TreeSet<>(Comparator.comparingInt(Key::order).thenComparingInt(Key::threads));
        for (JmhRecord r : records) {
            if (r.benchmark().equals(ENGINE + "step") || r.benchmark().equals(ENGINE + "stepPerCore")) {
                Key key = Key.of(r.param("network"), r.threads());
                put(engine, key, r);
                keys.add(key);
            } else if (r.benchmark().equals(DL4J)) {
                Key key = Key.of(r.param("network"), Integer.parseInt(r.param("threads")));
                put(dl4j, key, r);
                keys.add(key);
            }
        }
        List<StepRow> rows = new ArrayList<>();
        for (Key key : keys) {
            JmhRecord e = engine.get(key.id());
            JmhRecord d = dl4j.get(key.id());
            double nan = Double.NaN;
            rows.add(new StepRow(key.network(), BenchCase.named(key.network()).batch(), key.threads(),
                    e == null ? nan : e.micros() / e.threads(), d == null ? nan : d.micros(),
                    e == null ? nan : e.micros(), e == null ? nan : e.errorMicros() / e.threads(),
                    d == null ? nan : d.errorMicros(), e == null ? nan : e.allocBytes(),
                    d == null ? nan : d.allocBytes()));
        }
        return rows;
    }

    private static void put(Map<String, JmhRecord> map, Key key, JmhRecord r) {
        if (map.putIfAbsent(key.id(), r) != null) {
            throw new IllegalArgumentException("two results for " + r.benchmark() + " on " + key.network() + " at "
                    + key.threads() + " threads: give each JSON file once");
        }
    }

    /** A network at a thread count; {@code order} is its place in {@link BenchCase#all()}. */
    private record Key(String network, int threads, int order) {
        static Key of(String network, int threads) {
            List<String> names = BenchCase.all().stream().map(BenchCase::name).toList();
            BenchCase.named(network); // refuses an unknown name with the list of known ones
            return new Key(network, threads, names.indexOf(network));
        }

        String id() {
            return network + "@" + threads;
        }
    }

    /** One row per kernel result, as JMH ordered them. */
    public static List<KernelRow> kernels(List<JmhRecord> records, double nominalPeak, double measuredPeak) {
        List<KernelRow> rows = new ArrayList<>();
        for (JmhRecord r : records) {
            if (r.benchmark().startsWith(KERNEL)) {
                rows.add(new KernelRow(r.benchmark().substring(KERNEL.length()), KernelShape.parse(r.param("shape")),
                        r.micros(), r.errorMicros(), r.allocBytes(), nominalPeak, measuredPeak));
            }
        }
        return rows;
    }

    /** Writes summary.csv, kernels.csv, machine.csv and summary.md into {@code dir}. */
    public static void write(Path dir, List<StepRow> steps, List<KernelRow> kernels, Machine machine,
            double measuredPeak) throws IOException {
        write(dir, steps, kernels, List.of(), machine, measuredPeak, TorchResults.absent());
    }

    /** As above, with PyTorch's one-core times beside each one-thread row. */
    public static void write(Path dir, List<StepRow> steps, List<KernelRow> kernels, Machine machine,
            double measuredPeak, TorchResults torch) throws IOException {
        write(dir, steps, kernels, List.of(), machine, measuredPeak, torch);
    }

    /**
     * As above, with one run's step shared between cores (shared.csv, and its table in summary.md) and PyTorch's
     * one-core times beside each one-thread row.
     */
    public static void write(Path dir, List<StepRow> steps, List<KernelRow> kernels, List<SharedStep> shared,
            Machine machine, double measuredPeak, TorchResults torch) throws IOException {
        write(dir, steps, kernels, shared, machine, measuredPeak, torch, TorchKernels.absent());
    }

    /** As above, with PyTorch's float64 products (its BLAS) beside each kernel row. */
    public static void write(Path dir, List<StepRow> steps, List<KernelRow> kernels, List<SharedStep> shared,
            Machine machine, double measuredPeak, TorchResults torch, TorchKernels torchKernels) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of(StepRow.HEADER + "," + StepRow.TORCH_HEADER));
        steps.forEach(s -> lines.add(s.csv() + "," + s.torchCsv(torch.of(s.network()))));
        Files.write(dir.resolve("summary.csv"), lines);
        List<String> kernelLines = new ArrayList<>(List.of(KernelRow.HEADER + "," + KernelRow.TORCH_HEADER));
        kernels.forEach(k -> kernelLines.add(k.csv() + "," + k.torchCsv(torchKernels.of(k.kernel(), k.shape()))));
        Files.write(dir.resolve("kernels.csv"), kernelLines);
        Files.write(dir.resolve("machine.csv"), List.of(
                "model,mhz,vector_flags,cores,flops_per_cycle,nominal_peak_gflops,measured_peak_gflops,java,torch,torch_blas,"
                        + "torch_status,torch_kernels_blas_core,torch_kernels_status",
                String.join(",", '"' + machine.model() + '"', Format.fixed(machine.mhz(), 0),
                        String.join(" ", machine.vectorFlags()), Integer.toString(machine.cores()),
                        Integer.toString(machine.flopsPerCycle()), Format.fixed(machine.nominalPeakGflops(), 1),
                        Format.fixed(measuredPeak, 1), '"' + machine.java() + '"', torch.version(), torch.blas(),
                        '"' + torch.status() + '"', '"' + torchKernels.blasCore() + '"',
                        '"' + torchKernels.status() + '"')));
        Files.writeString(dir.resolve("summary.md"), MarkdownTables.of(steps, kernels, machine, measuredPeak, torch,
                torchKernels) + SharedStep.markdown(shared));
        SharedStep.write(dir, shared);
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        double measuredPeak = Double.NaN;
        TorchResults torch = TorchResults.absent();
        TorchKernels torchKernels = TorchKernels.absent();
        List<JmhRecord> records = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--measured-peak" -> measuredPeak = Double.parseDouble(value(args, ++i, "--measured-peak"));
                case "--torch" -> torch = TorchResults.read(Path.of(value(args, ++i, "--torch")));
                case "--torch-kernels" ->
                        torchKernels = TorchKernels.read(Path.of(value(args, ++i, "--torch-kernels")));
                default -> records.addAll(JmhRecord.read(Path.of(args[i])));
            }
        }
        if (out == null || records.isEmpty()) {
            System.err.println("usage: JmhSummary --out DIR [--measured-peak GFLOPS] [--torch torch.csv] "
                    + "[--torch-kernels torch-kernels.csv] result.json...");
            System.exit(2);
        }
        Machine machine = Machine.detect();
        List<StepRow> steps = steps(records);
        List<KernelRow> kernels = kernels(records, machine.nominalPeakGflops(), measuredPeak);
        List<SharedStep> shared = SharedStep.of(records);
        write(out, steps, kernels, shared, machine, measuredPeak, torch, torchKernels);
        List<ActivationStep> activations = ActivationStep.of(records);
        ActivationStep.write(out, activations);
        Files.writeString(out.resolve("summary.md"), ActivationStep.markdown(activations),
                java.nio.file.StandardOpenOption.APPEND);
        System.out.print(MarkdownTables.of(steps, kernels, machine, measuredPeak, torch, torchKernels)
                + SharedStep.markdown(shared)
                + ActivationStep.markdown(activations));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
