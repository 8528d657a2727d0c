package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backproplab.experiments.depthsweep.DepthSweep;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.TracePages;
import org.backproplab.experiments.training.TracePages.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Dtrace=true on a sweep of small networks on a 2-D set: a page per run, the same numbers as without it. */
class TraceSweepTest {
    @TempDir
    Path tmp;

    private Path sweep(String name) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), String.join("\n", "name: " + name, "dataset: moons",
                "activations: [tanh, relu]", "width: 3", "depths: [1, 2]", "epochs: 3", "seeds: 1"));
    }

    @Test
    void aTracedSweepWritesAPagePerRunWithTheCsvsNumbersAndTrainsToTheSameNumbers() throws IOException {
        MainHarness main = new MainHarness();
        assertEquals(0, main.run(tmp.resolve("results"), sweep("traced").toString(), "trace", "true"), main.err());
        assertEquals(0, main.run(tmp.resolve("results"), sweep("plain").toString()), main.err());
        Path traced = tmp.resolve("results/traced");
        Path plain = tmp.resolve("results/plain");
        assertEquals(Files.readString(plain.resolve("runs.csv")), Files.readString(traced.resolve("runs.csv")),
                "tracing only reads the network");
        List<Path> pages;
        try (Stream<Path> files = Files.list(traced.resolve("trace"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(4, pages.size(), pages.toString());
        String report = Files.readString(traced.resolve("REPORT.md"));
        for (Path page : pages) {
            Path csv = page.resolveSibling(page.getFileName().toString().replace(".html", ".csv"));
            TracePages.assertPageEqualsCsv(page, csv);
            TracePages.assertSelfContained(page);
            assertTrue(report.contains("(trace/" + page.getFileName() + ")"), "the report links " + page);
            // 450 training points in batches of 32 (15 a epoch), 3 epochs: 45 updates, every one recorded.
            List<Row> rows = TracePages.csvRows(csv);
            assertEquals(45, rows.stream().filter(r -> r.quantity().equals("loss")).count());
            // The step's w+ is the next step's w: what the update left is what the next one starts from.
            for (Row r : rows) {
                if (r.quantity().equals("w+") && r.step() < 44) {
                    assertEquals(r.value(), TracePages.value(rows, r.step() + 1, "w", r.layer(), r.i(), r.j()));
                }
            }
            assertEquals(1600, TracePages.json(page).get("steps").get(0).get("boundary").size());
        }
        assertTrue(report.indexOf("## Step-through pages") < report.indexOf("## Recipe"), report);
    }

    private static final String[] SMALL = {"dataset", "moons", "width", "3", "depths", "1..2", "seeds", "1",
        "epochs", "3", "trace", "true"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(SMALL, SMALL.length + more.length);
        System.arraycopy(more, 0, all, SMALL.length, more.length);
        return all;
    }

    @Test
    void aResumedTracedSweepWritesThePagesOfAnUninterruptedOne() throws IOException {
        MainHarness main = new MainHarness();
        assertEquals(0, main.run(tmp.resolve("reference"), DepthSweep.SWEEP, SMALL), main.err());
        Sweep failing = DepthSweep.SWEEP.outputs((ctx, grid, data, runs) -> {
            throw new IOException("disk full");
        });
        Path results = tmp.resolve("results");
        assertEquals(1, main.run(results, failing, SMALL));
        // Lose two of the six saved runs: the resumed attempt trains those and reads the others' traces back.
        Path saved = results.resolve(".depth-sweep.running").resolve(RunStore.FOLDER);
        try (Stream<Path> files = Files.list(saved)) {
            for (Path f : files.sorted().limit(2).toList()) {
                Files.delete(f);
            }
        }
        main.reset();
        assertEquals(0, main.run(results, DepthSweep.SWEEP, with("resume", "true")), main.err());
        assertTrue(main.out().contains("resuming: 4 of 6 runs were finished before"), main.out());
        List<Path> pages;
        try (Stream<Path> files = Files.list(tmp.resolve("reference/depth-sweep/trace"))) {
            pages = files.sorted().toList();
        }
        assertEquals(12, pages.size(), pages.toString());
        for (Path reference : pages) {
            Path resumed = results.resolve("depth-sweep/trace").resolve(reference.getFileName().toString());
            assertEquals(Files.readString(reference), Files.readString(resumed), resumed.toString());
        }
    }
}
