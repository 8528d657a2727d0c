package org.backproplab.experiments.exercise;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A study's published results, as the write-up reads them: its folder, its manifest (what ran, when, at which
 * commit) and its tables, and whether they were made by this run of the write-up or reused from an earlier one.
 */
public record Published(Source source, Path folder, boolean reused, Map<String, Object> manifest) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Published {
        manifest = Map.copyOf(manifest);
    }

    /** The results in {@code folder}; an exception naming the file if its manifest cannot be read. */
    public static Published read(Source source, Path folder, boolean reused) throws IOException {
        return new Published(source, folder, reused, manifest(folder));
    }

    /** The manifest.json in {@code folder} as JSON values; empty if there is none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> manifest(Path folder) throws IOException {
        Path file = folder.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return new LinkedHashMap<>(JSON.readValue(file.toFile(), Map.class));
    }

    /** The parameters its manifest records. */
    @SuppressWarnings("unchecked")
    public Map<String, String> parameters() {
        Object p = manifest.get("parameters");
        return p instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    public CsvTable table(String name) {
        try {
            return CsvTable.read(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(name), e);
        }
    }

    /** The commit that made it, shortened, with "+ local changes" if its tree was dirty; "unknown" if not recorded. */
    public String commit() {
        if (manifest.get("git") instanceof Map<?, ?> git && git.get("commit") instanceof String hash) {
            return hash.substring(0, Math.min(10, hash.length()))
                    + (Boolean.TRUE.equals(git.get("dirty")) ? " + local changes" : "");
        }
        return "unknown";
    }

    /** When it finished (ISO-8601, UTC, to the second). */
    public String finished() {
        Object end = manifest.get("end");
        return end == null ? "unknown" : end.toString().replaceFirst("\\.\\d+Z$", "Z");
    }

    /** How long it took, as its manifest says. */
    public double seconds() {
        return manifest.get("durationSeconds") instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
