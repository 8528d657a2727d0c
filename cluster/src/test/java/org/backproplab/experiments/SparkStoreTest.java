package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.backproplab.experiments.SparkSweepTest.Out;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dspark.store}: the executors save each run there, the tables are the local runner's, and {@code
 * -Dresume=true} trains only the runs the store lacks. Tested on {@code file://}, the one Hadoop file system this
 * machine has: HDFS (no namenode) and S3 (no bucket; s3a also needs hadoop-aws, which is not on this classpath)
 * cannot be tested here, and take the same code but for S3's write straight to its key.
 */
class SparkStoreTest {
    private static final String[] QUICK = {"quick", "true", "depths", "1,2", "seeds", "2", "epochs", "2"};
    private static final String ERROR_END = "expected hdfs://HOST:PORT/PATH, s3a://BUCKET/PATH or file:///PATH";

    @TempDir
    Path dir;

    @Test
    void theExecutorsFillTheStoreAndAResumeTrainsOnlyWhatItLacks() throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        Path store = dir.resolve("store/depth");
        String uri = store.toUri().toString();
        assertEquals(0, new Out().run(local, "depth-sweep", QUICK), "local");

        Out fresh = new Out();
        assertEquals(0, fresh.run(spark, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                "spark.store", uri)), fresh.err());
        sameTables(local, spark);
        Map<String, String> saved = runs(store);
        assertEquals(12, saved.size(), "three activations, two depths, two seeds: " + saved.keySet());

        // Two runs lost (a store pruned, tasks that never finished): a resume trains those two, and only those.
        List<String> names = new ArrayList<>(saved.keySet());
        Files.delete(store.resolve(names.get(0)));
        Files.delete(store.resolve(names.get(names.size() - 1)));
        Out resumed = new Out();
        assertEquals(0, resumed.run(spark, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                "spark.store", uri, "resume", "true")), resumed.err());
        assertTrue(resumed.out().contains("resuming: 10 of 12 runs were finished before and are kept; 2 to go"),
                resumed.out());
        assertFalse(resumed.out().contains("starting afresh"), resumed.out());
        sameTables(local, spark);
        Map<String, String> again = runs(store);
        assertEquals(saved.keySet(), again.keySet());
        for (String name : names) {
            // The same run, number for number; only the time it took may differ.
            assertEquals(withoutMillis(saved.get(name)), withoutMillis(again.get(name)), name);
        }

        // Without -Dresume a sweep starts afresh, as it does locally: the store is not read, every run is trained.
        Out afresh = new Out();
        assertEquals(0, afresh.run(spark, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                "spark.store", uri)), afresh.err());
        assertFalse(afresh.out().contains("resuming"), afresh.out());
        assertEquals(saved.keySet(), runs(store).keySet());
    }

    @Test
    void aStoreThatCannotBeWrittenIsOneLineAndLeavesEarlierResultsAsTheyWere() throws IOException {
        Path earlier = dir.resolve("depth-sweep");
        Files.createDirectories(earlier);
        Files.writeString(earlier.resolve("manifest.json"), "{}");
        Files.writeString(earlier.resolve("runs.csv"), "earlier");
        Out out = new Out();
        assertEquals(2, out.run(dir, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                "spark.store", "file:///proc/nope")), out.err());
        assertEquals(1, out.err().lines().count(), out.err());
        assertTrue(out.err().startsWith("error: -Dspark.store=file:///proc/nope: cannot write there"), out.err());
        assertEquals("earlier", Files.readString(earlier.resolve("runs.csv")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("depth-sweep"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aStoreThatIsNotAUriOfAKnownKindIsOneLine() {
        for (String uri : new String[] {"sweeps/depth", "s3://bucket/sweeps", "hdfs:///sweeps"}) {
            Out out = new Out();
            assertEquals(2, out.run(dir, "depth-sweep", with(QUICK, "runner", "spark", "spark.master", "local[2]",
                    "spark.store", uri)), out.err());
            assertEquals(1, out.err().lines().count(), out.err());
            assertTrue(out.err().startsWith("error: -Dspark.store=" + uri + ": "), out.err());
            assertTrue(out.err().strip().endsWith(ERROR_END), out.err());
        }
    }

    private static void sameTables(Path local, Path spark) throws IOException {
        for (String table : List.of("runs.csv", "summary.csv")) {
            assertEquals(SparkSweepTest.withoutTiming(local.resolve("depth-sweep").resolve(table)),
                    SparkSweepTest.withoutTiming(spark.resolve("depth-sweep").resolve(table)), table);
        }
    }

    /** The store's files by name, with their text; it holds nothing else (no temp files, no checksums). */
    private static Map<String, String> runs(Path store) throws IOException {
        Map<String, String> runs = new TreeMap<>();
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : files.toList()) {
                assertTrue(f.getFileName().toString().endsWith(".json"), "only run files in the store: " + f);
                runs.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return runs;
    }

    private static ObjectNode withoutMillis(String json) throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
        node.remove("millis");
        return node;
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
