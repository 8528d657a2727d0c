package org.backproplab.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An experiment writes into a staging folder beside {@code results/NAME}; only when it has succeeded does the
 * staging folder replace the old results. A crash or a bad input half-way never leaves a mix of old and new
 * files, and never loses the previous results.
 */
final class ResultsFolder {
    private final Path target;
    private final Path staging;

    ResultsFolder(Path resultsRoot, String experiment) throws IOException {
        Files.createDirectories(resultsRoot);
        this.target = resultsRoot.resolve(experiment);
        this.staging = resultsRoot.resolve("." + experiment + ".running");
        deleteRecursively(staging);
        Files.createDirectories(staging);
    }

    Path staging() {
        return staging;
    }

    Path target() {
        return target;
    }

    /** Replaces the previous results with the staged ones. */
    void publish() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteRecursively(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(old);
    }

    /** Drops the staged files after a failure; the previous results stay as they were. */
    void discard() {
        try {
            deleteRecursively(staging);
        } catch (IOException e) {
            // Nothing more to do: the staging folder is hidden and is cleared on the next run.
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
