package org.backproplab.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON result file ({@code -rf json}): which benchmark, its parameters and threads, and the
 * average time per operation in microseconds with JMH's 99.9% error half-width.
 *
 * @param benchmark the class's simple name and the method, e.g. {@code EngineStepBenchmark.step}
 * @param allocBytes bytes allocated on the heap per operation ({@code gc.alloc.rate.norm}, present only when JMH ran
 *     with {@code -prof gc}), or NaN
 */
public record JmhRecord(String benchmark, Map<String, String> params, int threads, double micros,
        double errorMicros, double allocBytes) {
    public JmhRecord {
        params = Map.copyOf(params);
    }

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException(benchmark + " has no parameter '" + name + "', only " + params.keySet());
        }
        return value;
    }

    /** Every entry of a JMH JSON file. */
    public static List<JmhRecord> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result file (expected a JSON array)");
        }
        List<JmhRecord> records = new ArrayList<>();
        for (JsonNode entry : root) {
            records.add(parse(entry));
        }
        return records;
    }

    static JmhRecord parse(JsonNode entry) {
        String full = entry.path("benchmark").asText();
        String[] parts = full.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("JMH entry without a class.method benchmark name: '" + full + "'");
        }
        String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = entry.path("primaryMetric");
        double scale = microsPer(primary.path("scoreUnit").asText(), full);
        JsonNode alloc = entry.path("secondaryMetrics").path("gc.alloc.rate.norm");
        return new JmhRecord(name, params, entry.path("threads").asInt(1),
                primary.path("score").asDouble() * scale, primary.path("scoreError").asDouble(Double.NaN) * scale,
                alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble());
    }

    /** Microseconds in one of JMH's average-time units. */
    private static double microsPer(String unit, String benchmark) {
        return switch (unit) {
            case "ns/op" -> 1e-3;
            case "us/op" -> 1.0;
            case "ms/op" -> 1e3;
            case "s/op" -> 1e6;
            default -> throw new IllegalArgumentException(benchmark + ": expected an average time per op (us/op), got '"
                    + unit + "'; run JMH in mode avgt");
        };
    }
}
