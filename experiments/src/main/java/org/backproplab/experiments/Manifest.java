package org.backproplab.experiments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code manifest.json} written beside every experiment's results: what ran (experiment and every resolved
 * setting), with what (versions, git commit), where (the machine) and when. A figure without its recipe is not
 * a result (Tribuo's rule); this is the recipe in a form a script can read back.
 *
 * <p>Versions, commit and machine are not components: they describe the process writing the manifest, and
 * are read when {@link #asJson()} is called.
 */
public record Manifest(String experiment, Map<String, String> parameters, int threads, Instant start, Instant end,
        double durationSeconds, int attempts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A run made in one attempt: its duration is from start to end. */
    public Manifest(String experiment, Map<String, String> parameters, int threads, Instant start, Instant end) {
        this(experiment, parameters, threads, start, end, Duration.between(start, end).toNanos() / 1e9, 1);
    }

    /**
     * @param start           when the first attempt started (a resumed sweep's results began then)
     * @param durationSeconds the time spent running, summed over the attempts: a sweep interrupted after an hour
     *                        and resumed for ten minutes took 70 minutes, not ten, and not the days in between
     * @param attempts        1, or how many attempts a resumed sweep took
     */
    public Manifest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (!(durationSeconds >= 0) || attempts < 1) {
            throw new IllegalArgumentException("duration must be >= 0 and attempts >= 1, got " + durationSeconds
                    + " s in " + attempts);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, got start " + start + ", end " + end);
        }
        // Sorted, so two manifests of the same run diff line by line.
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** The manifest as JSON values, keys in the order they are written. Instants are ISO-8601 in UTC. */
    public Map<String, Object> asJson() {
        Versions versions = Versions.current();
        GitCommit git = GitCommit.current();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("experiment", experiment);
        json.put("parameters", parameters);
        json.put("threads", threads);
        json.put("versions", ordered("project", versions.project(), "java", versions.java(),
                "javaVendor", versions.javaVendor(), "dl4j", versions.dl4j()));
        // null, not left out, when unknown: a reader then sees that we looked and could not tell.
        json.put("git", git == null ? null : ordered("commit", git.hash(), "dirty", git.dirty()));
        json.put("machine", ordered("cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name"), "osVersion", System.getProperty("os.version"),
                "arch", System.getProperty("os.arch"),
                // which matrix kernel ran; it changes the speed only, never the numbers (Gemm's contract)
                "matrixKernel", org.backproplab.engine.matrix.MatrixKernels.implementation()));
        json.put("start", start.toString()); // Instant.toString is ISO-8601 in UTC, e.g. 2025-01-31T09:15:02.5Z
        json.put("end", end.toString());
        json.put("durationSeconds", durationSeconds);
        json.put("attempts", attempts);
        return json;
    }

    /**
     * Writes pretty-printed JSON to {@code file}. The text goes to a temporary file in the same folder first and
     * is then renamed, so a reader never sees half a manifest, even if the JVM dies while writing.
     */
    public void write(Path file) throws IOException {
        org.backproplab.experiments.run.AtomicFile.write(file.toAbsolutePath(),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(asJson()));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
