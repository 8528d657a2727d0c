package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One network's step with its work shared between cores ({@code EngineStepBenchmark.stepShared}), beside the same
 * step on one core from the same JMH run: what one run gains from the machine's other cores ({@code shared.csv}).
 *
 * @param speedup the one-core time over this one (NaN when the run had no one-core result for the network)
 */
public record SharedStep(String network, int cores, double micros, double errorMicros, double allocBytes,
                         double speedup) {
    public static final String HEADER = "network,cores,engine_us,engine_error_us,engine_alloc_bytes,speedup";
    private static final String SHARED = "EngineStepBenchmark.stepShared";

    /** The stepShared results, by network (issue 7's order) and cores. */
    public static List<SharedStep> of(List<JmhRecord> records) {
        List<JmhRecord> shared = records.stream().filter(r -> r.benchmark().equals(SHARED)).toList();
        List<String> order = BenchCase.all().stream().map(BenchCase::name).toList();
        List<SharedStep> rows = new ArrayList<>();
        for (JmhRecord r : shared) {
            String network = r.param("network");
            JmhRecord one = shared.stream()
                    .filter(o -> o.param("network").equals(network) && o.param("cores").equals("1"))
                    .findFirst().orElse(null);
            rows.add(new SharedStep(network, Integer.parseInt(r.param("cores")), r.micros(), r.errorMicros(),
                    r.allocBytes(), one == null ? Double.NaN : one.micros() / r.micros()));
        }
        rows.sort(Comparator.comparingInt((SharedStep s) -> order.indexOf(s.network())).thenComparingInt(
                SharedStep::cores));
        return rows;
    }

    /** Writes {@code shared.csv} into {@code dir} when there is any row (a run without stepShared writes none). */
    public static void write(Path dir, List<SharedStep> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        rows.forEach(s -> lines.add(s.csv()));
        Files.write(dir.resolve("shared.csv"), lines);
    }

    /** The rows as a Markdown table for summary.md, or nothing when there are none. */
    public static String markdown(List<SharedStep> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\nOne run on several cores (its products, transposes and updates shared; "
                + "the same bits):\n\n| network | cores | engine | speedup |\n|---|---:|---:|---:|\n");
        for (SharedStep s : rows) {
            md.append("| ").append(s.network).append(" | ").append(s.cores).append(" | ")
                    .append(Format.fixed(s.micros, 1)).append(" \u00b1 ").append(Format.fixed(s.errorMicros, 1))
                    .append(" us | ").append(Format.fixed(s.speedup, 2)).append("x |\n");
        }
        return md.toString();
    }

    public String csv() {
        return String.join(",", network, Integer.toString(cores), Format.fixed(micros, 3),
                Format.fixed(errorMicros, 3), Format.fixed(allocBytes, 1), Format.fixed(speedup, 2));
    }
}
