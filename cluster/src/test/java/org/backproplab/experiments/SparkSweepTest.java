package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables of a sweep trained on Spark ({@code local[2]}: Spark inside this JVM) are the local runner's, byte for
 * byte once the timing columns are dropped, and its manifest says where they were trained. (In this package for {@link Main#run}; the cluster CI step does the same against a real standalone master.)
 */
class SparkSweepTest {
    private static final String[] QUICK = {"quick", "true", "depths", "1,2", "seeds", "2", "epochs", "2"};

    @TempDir
    Path dir;

    @Test
    void aSweepOnSparkWritesTheLocalRunnersTables() throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        assertEquals(0, run(local, "depth-sweep", QUICK), "local");
        Out out = new Out();
        assertEquals(0, out.run(spark, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                "threads", "1")), out.err());
        assertTrue(out.out().contains("on Spark local[2] (2 cores)"), out.out());
        for (String table : List.of("runs.csv", "summary.csv")) {
            assertEquals(withoutTiming(local.resolve("depth-sweep").resolve(table)),
                    withoutTiming(spark.resolve("depth-sweep").resolve(table)), table);
        }
        JsonNode manifest = new ObjectMapper().readTree(spark.resolve("depth-sweep/manifest.json").toFile());
        JsonNode runner = manifest.get("runner");
        assertEquals("spark", runner.get("name").asText());
        assertEquals("local[2]", runner.get("master").asText());
        assertEquals(System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                runner.get("executorJava").get(0).asText());
        // Where the runs were trained is not part of what they are: the plan matches the local one's.
        assertEquals(new ObjectMapper().readTree(local.resolve("depth-sweep/manifest.json").toFile())
                .get("parameters"), manifest.get("parameters"));
        assertEquals("local", new ObjectMapper().readTree(local.resolve("depth-sweep/manifest.json").toFile())
                .get("runner").get("name").asText());
    }

    @Test
    void aBadMasterIsOneLineAndExitTwoAndTouchesNothing() throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path results = dir.resolve("bad");
        assertEquals(0, run(results, "depth-sweep", QUICK));
        byte[] before = Files.readAllBytes(results.resolve("depth-sweep/runs.csv"));
        for (String master : List.of("spark:/127.0.0.1:7077", "sprak://127.0.0.1:7077", "local[0]",
                "spark://127.0.0.1:" + port)) {
            Out out = new Out();
            assertEquals(2, out.run(results, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", master)),
                    master);
            assertEquals(1, out.err().lines().count(), out.err());
            assertTrue(out.err().startsWith("error: -Dspark.master=" + master), out.err());
            assertEquals("", out.out(), master);
        }
        // The earlier results are as they were, and no other folder appeared.
        org.junit.jupiter.api.Assertions.assertArrayEquals(before,
                Files.readAllBytes(results.resolve("depth-sweep/runs.csv")));
        try (var names = Files.list(results)) {
            assertEquals(List.of("depth-sweep", "index.md"), names.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int run(Path results, String exp, String... settings) {
        return new Out().run(results, exp, settings);
    }

    /** The CSV without the columns that time the runs (names ending in _ms or _s, and "seconds"). */
    static String withoutTiming(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (!header[i].matches(".*(_ms|_s|seconds|millis)")) {
                keep.add(i);
            }
        }
        assertTrue(keep.size() > 3, "kept columns of " + csv);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, "a quoted comma in " + csv + ": " + line);
            for (int i : keep) {
                sb.append(cells[i]).append(',');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Main as the command line runs it, keeping what it printed. */
    static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        int run(Path results, String exp, String... nameValue) {
            Map<String, String> values = new HashMap<>();
            values.put("results.dir", results.toString());
            for (int i = 0; i < nameValue.length; i += 2) {
                values.put(nameValue[i], nameValue[i + 1]);
            }
            return Main.run(exp, new Settings(values), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
