package org.backproplab.experiments.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.backproplab.experiments.recipe.DataRecipe;
import org.backproplab.experiments.recipe.GitCommit;
import org.backproplab.experiments.recipe.Machine;
import org.backproplab.experiments.recipe.Recipe;
import org.backproplab.experiments.recipe.Versions;

/**
 * The {@code manifest.json} written beside every experiment's results: what ran (experiment and every resolved
 * setting), with what (versions, git commit), where (the machine) and when. A figure without its recipe is not
 * a result (Tribuo's rule); this is the recipe in a form a script can read back.
 *
 * <p>What ran is the {@link Recipe}, read once when the settings were; this adds when and for how long.
 */
public record Manifest(Recipe recipe, Instant start, Instant end, double durationSeconds, int attempts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A run made in one attempt: its duration is from start to end. */
    public Manifest(Recipe recipe, Instant start, Instant end) {
        this(recipe, start, end, Duration.between(start, end).toNanos() / 1e9, 1);
    }

    /** A run of {@code experiment} with {@code parameters} and no grid, recorded on this machine (tests, tools). */
    public Manifest(String experiment, Map<String, String> parameters, int threads, Instant start, Instant end) {
        this(Recipe.of(experiment, parameters, java.util.List.of(), null, threads), start, end);
    }

    /**
     * @param start           when the first attempt started (a resumed sweep's results began then)
     * @param durationSeconds the time spent running, summed over the attempts: a sweep interrupted after an hour
     *                        and resumed for ten minutes took 70 minutes, not ten, and not the days in between
     * @param attempts        1, or how many attempts a resumed sweep took
     */
    public Manifest {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!(durationSeconds >= 0) || attempts < 1) {
            throw new IllegalArgumentException("duration must be >= 0 and attempts >= 1, got " + durationSeconds
                    + " s in " + attempts);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, got start " + start + ", end " + end);
        }
    }

    public String experiment() {
        return recipe.experiment();
    }

    public Map<String, String> parameters() {
        return recipe.parameters();
    }

    public int threads() {
        return recipe.threads();
    }

    /** The manifest as JSON values, keys in the order they are written. Instants are ISO-8601 in UTC. */
    public Map<String, Object> asJson() {
        Versions versions = recipe.versions();
        GitCommit git = recipe.git();
        Machine machine = recipe.machine();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("experiment", recipe.experiment());
        json.put("parameters", recipe.parameters());
        if (recipe.data() != null) {
            DataRecipe d = recipe.data();
            json.put("data", ordered("description", d.description(), "sha256", d.sha256(), "splitSeed",
                    d.splitSeed(), "testFraction", d.testFraction()));
        }
        if (!recipe.runs().isEmpty()) {
            json.put("runs", recipe.runsAsJson());
        }
        json.put("threads", recipe.threads());
        json.put("versions", ordered("project", versions.project(), "java", versions.java(),
                "javaVendor", versions.javaVendor(), "dl4j", versions.dl4j()));
        // null, not left out, when unknown: a reader then sees that we looked and could not tell.
        json.put("git", git == null ? null : ordered("commit", git.hash(), "dirty", git.dirty()));
        json.put("machine", ordered("cores", machine.cores(), "os", machine.os(), "osVersion", machine.osVersion(),
                "arch", machine.arch(),
                // which matrix kernel ran; it changes the speed only, never the numbers (Gemm's contract)
                "matrixKernel", machine.matrixKernel()));
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
        write(file, Map.of("name", "local"));
    }

    /** As {@link #write(Path)}, with what the runner records of itself ({@code Runner.recorded}) after "threads". */
    public void write(Path file, Map<String, Object> runner) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        asJson().forEach((key, value) -> {
            json.put(key, value);
            if (key.equals("threads")) {
                json.put("runner", runner);
            }
        });
        org.backproplab.experiments.execution.AtomicFile.write(file.toAbsolutePath(),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
