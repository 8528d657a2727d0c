package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The digits net's step with one activation in its hidden layers ({@link ActivationStepBenchmark}), beside the
 * ReLU step of the same JMH run: what the activation costs ({@code activations.csv}).
 *
 * @param ratio this step's time over the ReLU step's (NaN when the run had no ReLU result)
 */
public record ActivationStep(String activation, double micros, double errorMicros, double allocBytes,
                             double ratio) {
    public static final String HEADER = "activation,engine_us,engine_error_us,engine_alloc_bytes,ratio_to_relu";
    private static final String BENCHMARK = "ActivationStepBenchmark.step";

    /** The ActivationStepBenchmark results, in the benchmark's order of activations. */
    public static List<ActivationStep> of(List<JmhRecord> records) {
        List<JmhRecord> steps = records.stream().filter(r -> r.benchmark().equals(BENCHMARK)).toList();
        double relu = steps.stream().filter(r -> r.param("activation").equals("relu")).mapToDouble(JmhRecord::micros)
                .findFirst().orElse(Double.NaN);
        List<ActivationStep> rows = new ArrayList<>();
        for (JmhRecord r : steps) {
            rows.add(new ActivationStep(r.param("activation"), r.micros(), r.errorMicros(), r.allocBytes(),
                    r.micros() / relu));
        }
        return rows;
    }

    /** Writes {@code activations.csv} into {@code dir} when there is any row. */
    public static void write(Path dir, List<ActivationStep> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        rows.forEach(s -> lines.add(s.csv()));
        Files.write(dir.resolve("activations.csv"), lines);
    }

    /** The rows as a Markdown table for summary.md, or nothing when there are none. */
    public static String markdown(List<ActivationStep> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\nThe digits net (64-30x5-10, batch 32) with each activation in its hidden "
                + "layers, one core:\n\n| activation | engine | / ReLU step |\n|---|---:|---:|\n");
        for (ActivationStep s : rows) {
            md.append("| ").append(s.activation).append(" | ").append(Format.fixed(s.micros, 1)).append(" \u00b1 ")
                    .append(Format.fixed(s.errorMicros, 1)).append(" us | ").append(Format.fixed(s.ratio, 2))
                    .append("x |\n");
        }
        return md.toString();
    }

    public String csv() {
        return String.join(",", activation, Format.fixed(micros, 3), Format.fixed(errorMicros, 3),
                Format.fixed(allocBytes, 1), Format.fixed(ratio, 2));
    }
}
