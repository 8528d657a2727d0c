package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.backproplab.experiments.depthsweep.DepthSweep;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.study.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What happens when something fails after the training (an output that crashes, a full disk, memory) or when what
 * a resume finds is not what it expects: one line saying what failed, the finished runs kept and resumable, nothing
 * else lost, and a resume that only ever mixes runs of the same settings and the same data.
 */
class FailureAfterTrainingTest {
    @TempDir
    Path tmp;

    private final MainHarness main = new MainHarness();

    private static final String[] TINY = {"activations", "relu", "depths", "1..3", "seeds", "1", "epochs", "2"};

    private Path results() {
        return tmp.resolve("results");
    }

    private Path staging() {
        return results().resolve(".depth-sweep.running");
    }

    private static Sweep failingWith(Throwable failure) {
        return DepthSweep.SWEEP.outputs((ctx, grid, data, runs) -> {
            java.nio.file.Files.writeString(ctx.file("half-written.csv"), "a,b\n");
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) failure;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"crash", "disk", "memory"})
    void aFailingOutputStageIsOneLineAndKeepsEveryRunForAResume(String kind) throws IOException {
        Throwable failure = switch (kind) {
            case "crash" -> new ArrayIndexOutOfBoundsException("Index 31 out of bounds for length 31");
            case "disk" -> new IOException("No space left on device");
            default -> new OutOfMemoryError("Java heap space");
        };
        assertEquals(1, main.run(results(), failingWith(failure), TINY));
        String err = main.err();
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("\tat "), err);
        assertTrue(err.startsWith("error: experiment depth-sweep failed: "), err);
        assertTrue(err.contains("3 finished runs are kept in " + staging() + " and -Dresume=true continues"), err);
        assertTrue(err.contains(switch (kind) {
            case "crash" -> "ArrayIndexOutOfBoundsException: Index 31 out of bounds for length 31 (at ";
            case "disk" -> "(No space left on device): the disk is full";
            default -> "the JVM ran out of memory (Java heap space";
        }), err);
        // What a resume needs stays; the half-written outputs, which fill a full disk, go; the trace is kept.
        try (Stream<Path> left = Files.list(staging())) {
            assertEquals(List.of(".attempts.json", ".parameters.json", ".runs", "error.log"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(staging().resolve("error.log")).contains("\tat "));

        main.reset();
        assertEquals(0, main.run(results(), DepthSweep.SWEEP, with(TINY, "resume", "true")), main.err());
        assertTrue(main.out().contains("resuming: 3 of 3 runs were finished before and are kept; 0 to go"),
                main.out());
        assertFalse(Files.exists(staging()));
        assertFalse(Files.exists(results().resolve("depth-sweep/error.log")));
    }

    @Test
    void aResumedSweepsManifestCountsEveryAttemptsTime() throws IOException {
        assertEquals(1, main.run(results(), failingWith(new IOException("disk full")), TINY));
        main.reset();
        assertEquals(0, main.run(results(), DepthSweep.SWEEP, with(TINY, "resume", "true")), main.err());
        String manifest = Files.readString(results().resolve("depth-sweep/manifest.json"));
        assertTrue(manifest.contains("\"attempts\" : 2"), manifest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"run\": \"x\"}", "{\"epochs\": []}", "not json", "[]"})
    void aSavedRunThatIsIncompleteIsTrainedAgainNotTrusted(String content) throws IOException {
        assertEquals(1, main.run(results(), failingWith(new IOException("disk full")), TINY));
        Path runs = staging().resolve(RunStore.FOLDER);
        Path spoilt;
        try (Stream<Path> files = Files.list(runs)) {
            spoilt = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(spoilt, content);
        main.reset();
        assertEquals(0, main.run(results(), DepthSweep.SWEEP, with(TINY, "resume", "true")), main.err());
        assertTrue(main.out().contains("resuming: 2 of 3 runs were finished before and are kept; 1 saved run was "
                + "incomplete or unreadable and is trained again; 1 to go"), main.out());
        assertEquals(Files.readString(reference().resolve("depth-sweep/runs.csv")),
                Files.readString(results().resolve("depth-sweep/runs.csv")));
    }

    /** The same sweep, uninterrupted, into a folder of its own. */
    private Path reference() {
        Path ref = tmp.resolve("reference");
        if (!Files.exists(ref.resolve("depth-sweep"))) {
            assertEquals(0, new MainHarness().run(ref, DepthSweep.SWEEP, TINY));
        }
        return ref;
    }

    @Test
    void aResumeAfterTheDataFileChangedIsRefused() throws IOException {
        Path csv = tmp.resolve("mine.csv");
        Files.writeString(csv, table(0));
        String[] settings = with(TINY, "dataset", csv.toString());
        assertEquals(1, main.run(results(), failingWith(new IOException("disk full")), settings));
        Files.writeString(csv, table(1));
        main.reset();
        assertEquals(2, main.run(results(), DepthSweep.SWEEP, with(settings, "resume", "true")));
        assertTrue(main.err().startsWith("error: -Dresume=true: the interrupted run had data.sha256="), main.err());
        assertEquals(1, main.err().lines().count(), main.err());
        assertEquals(3, new RunContext(staging(), System.out, 1).store().count(), "the saved runs are kept");
    }

    private static String table(int changed) {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 40; i++) {
            text.append(i % 7 + (i == 5 ? changed : 0)).append(',').append(i % 5).append(',').append(i % 2)
                    .append('\n');
        }
        return text.toString();
    }

    @Test
    void everyResultFileHasTheSameModeAsTheOthers() throws IOException {
        assertEquals(0, main.run(results(), DepthSweep.SWEEP, TINY), main.err());
        Path dir = results().resolve("depth-sweep");
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("summary.csv")));
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = new java.util.ArrayList<>(all.toList());
        }
        files.add(results().resolve("index.md"));
        for (Path f : files) {
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
    }

    @Test
    void anIndexThatIsNotAFileIsANoteAndTheRunStillSucceeds() throws IOException {
        Files.createDirectories(results().resolve("index.md").resolve("inside"));
        assertEquals(0, main.run(results(), DepthSweep.SWEEP, TINY), main.err());
        assertTrue(main.err().startsWith("note: results/index.md was not updated: "), main.err());
        assertEquals(1, main.err().lines().count(), main.err());
        assertTrue(Files.isDirectory(results().resolve("index.md/inside")), "not ours to delete");
        assertTrue(Files.exists(results().resolve("depth-sweep/summary.csv")));
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
