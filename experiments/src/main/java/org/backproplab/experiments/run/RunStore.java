package org.backproplab.experiments.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every finished run, saved at once as one small JSON file, so that an interrupted sweep (Ctrl-C, a kill, a crash)
 * loses only the runs in flight and {@code -Dresume=true} takes up the rest. A file is written beside its final
 * name and moved into place atomically: a run's file is either whole or absent, never half-written.
 *
 * <p>Doubles survive the round trip exactly (Jackson writes the shortest text that reads back to the same bits),
 * so a resumed sweep gives the same numbers as an uninterrupted one.
 */
public final class RunStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public RunStore(Path folder) {
        this.folder = folder;
    }

    /** What is saved of a run: the spec is known from the file's name, which is its {@link #key}. */
    record Saved(String run, long millis, int divergedAt, List<EpochRecord> epochs) {
    }

    /** The run's file name: every field of the spec, so that a changed spec never picks up an old result. */
    static String key(RunSpec s) {
        String text = String.format(Locale.ROOT, "%s_d%d_w%d_lr%s_b%d_%s_%s_e%d_s%d", s.hidden().name(), s.depth(),
                s.width(), Double.toString(s.learningRate()), s.batchSize(), s.initializer().name(), s.optimizer(),
                s.epochs(), s.seed());
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The run's saved result, if an earlier (interrupted) attempt finished it. */
    public Optional<RunResult> load(RunSpec spec) {
        Path file = folder.resolve(key(spec) + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Saved saved = JSON.readValue(file.toFile(), Saved.class);
            return Optional.of(new RunResult(spec, saved.epochs(), saved.millis(), saved.divergedAt()));
        } catch (IOException e) {
            // Cannot happen for a file this class moved into place whole; if it does, the run is simply redone.
            return Optional.empty();
        }
    }

    /** Saves a finished run; called from the worker thread that ran it. */
    public void save(RunResult result) {
        try {
            Files.createDirectories(folder);
            String key = key(result.spec());
            Path temp = Files.createTempFile(folder, key, ".part");
            JSON.writeValue(temp.toFile(), new Saved(key, result.millis(), result.divergedAt(), result.epochs()));
            Files.move(temp, folder.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save run " + result.spec().label().strip(), e);
        }
    }

    /** How many runs are saved. */
    public int count() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
