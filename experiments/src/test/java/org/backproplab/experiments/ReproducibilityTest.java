package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backproplab.experiments.depthsweep.DepthSweep;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.study.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same seeds give the same numbers: whatever the thread count, and whether or not a sweep was interrupted
 * and resumed. Compared are every CSV an experiment writes, apart from its timing ({@code _ms}) columns.
 */
class ReproducibilityTest {
    @TempDir
    Path tmp;

    private final MainHarness main = new MainHarness();

    private int run(Experiment e, Path results, String... settings) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 2);
        all[settings.length] = "quick";
        all[settings.length + 1] = "true";
        return main.run(results, e, all);
    }

    static Stream<String> experiments() {
        return Experiments.all().stream().map(Experiment::name);
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void oneThreadAndThreeGiveTheSameTables(String name) throws IOException {
        Map<String, List<String>> one = tables(QuickRuns.of(name, 1));
        assertFalse(one.isEmpty(), name + " wrote no CSV");
        assertEquals(one, tables(QuickRuns.of(name, 3)));
    }

    @Test
    void anInterruptedSweepResumesToTheSameNumbers() throws IOException {
        Path results = tmp.resolve("results");
        assertEquals(0, run(DepthSweep.SWEEP, tmp.resolve("reference")));
        // A first attempt that trains every run, then fails before writing (a full disk, say): its runs are kept.
        Sweep failing = DepthSweep.SWEEP.outputs((ctx, grid, data, runs) -> {
            throw new IOException("disk full");
        });
        assertEquals(1, run(failing, results, "threads", "2"));
        assertTrue(main.err().contains("9 finished runs are kept"),
                main.err());
        Path saved = results.resolve(".depth-sweep.running").resolve(RunStore.FOLDER);
        // Lose four of them, as a kill loses the runs in flight.
        try (Stream<Path> files = Files.list(saved)) {
            for (Path f : files.sorted().limit(4).toList()) {
                Files.delete(f);
            }
        }
        main.reset();
        assertEquals(0, run(DepthSweep.SWEEP, results, "resume", "true", "threads", "3"),
                main.err());
        assertTrue(main.out().contains("resuming: 5 of 9 runs were finished before"),
                main.out());
        assertEquals(tables(tmp.resolve("reference/depth-sweep")), tables(results.resolve("depth-sweep")));
        assertFalse(Files.exists(results.resolve("depth-sweep").resolve(RunStore.FOLDER)));
        assertFalse(Files.exists(results.resolve(".depth-sweep.running")));
    }

    @Test
    void aResumeWithOtherSettingsIsRefusedAndKeepsTheSavedRuns() throws IOException {
        Sweep failing = DepthSweep.SWEEP.outputs((ctx, grid, data, runs) -> {
            throw new IOException("disk full");
        });
        assertEquals(1, run(failing, tmp, "activations", "relu"));
        main.reset();
        assertEquals(2, run(DepthSweep.SWEEP, tmp, "activations", "tanh", "resume", "true"));
        String e = main.err();
        assertTrue(e.startsWith("error: -Dresume=true: the interrupted run had activations=relu, this one asks for "
                + "activations=tanh; expected the same settings (or drop -Dresume to start afresh); 3 finished runs "
                + "are kept in "), e);
        assertEquals(1, e.lines().count(), e);
        assertEquals(3, new RunContext(tmp.resolve(".depth-sweep.running"), System.out, 1).store().count());
    }

    @Test
    void resumingWithNothingToResumeStartsAfresh() {
        assertEquals(0, run(DepthSweep.SWEEP, tmp, "resume", "true", "activations", "relu"));
        assertTrue(main.out().contains("no interrupted run of depth-sweep to resume"));
    }

    /** Every CSV under {@code folder}, by name, without its {@code _ms} columns. */
    static Map<String, List<String>> tables(Path folder) throws IOException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> kept = new ArrayList<>();
                try (var reader = Files.newBufferedReader(f); CSVParser csv = CSVFormat.DEFAULT.parse(reader)) {
                    List<Integer> keep = new ArrayList<>();
                    for (CSVRecord row : csv) {
                        if (keep.isEmpty()) {
                            for (int i = 0; i < row.size(); i++) {
                                if (!row.get(i).endsWith("_ms")) {
                                    keep.add(i);
                                }
                            }
                        }
                        kept.add(String.join("|", keep.stream().map(i -> i < row.size() ? row.get(i) : "")
                                .toList()));
                    }
                }
                tables.put(folder.relativize(f).toString(), kept);
            }
        }
        return tables;
    }
}
