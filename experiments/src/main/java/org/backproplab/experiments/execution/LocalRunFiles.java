package org.backproplab.experiments.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A run store's files in a folder on this machine, each written beside its name and renamed ({@link AtomicFile}). */
public record LocalRunFiles(Path folder) implements RunFiles {
    @Override
    public Optional<byte[]> read(String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            // A folder (or a device) by a run's name is not a run: counted as unreadable, not as absent.
            throw new IOException(file + " is not a regular file");
        }
        return Optional.of(Files.readAllBytes(file));
    }

    @Override
    public void write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        AtomicFile.write(folder.resolve(name), bytes);
    }

    @Override
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

    @Override
    public String where() {
        return folder.toString();
    }
}
