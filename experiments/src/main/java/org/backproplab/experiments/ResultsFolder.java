package org.backproplab.experiments;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An experiment writes into a staging folder beside {@code results/NAME}; only when it has succeeded does the
 * staging folder replace the old results. A crash or a bad input half-way never leaves a mix of old and new
 * files, and never loses the previous results.
 *
 * <p>The staging folder also holds the runs a sweep has finished ({@link RunContext#RUNS}) and the parameters it
 * was started with ({@link #PLAN}): after an interruption, {@code -Dresume=true} keeps them and the sweep
 * continues, provided it is asked for with the same parameters.
 */
final class ResultsFolder {
    static final String PLAN = ".parameters.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final Path staging;

    /**
     * @param resume keep what an interrupted attempt left in the staging folder; otherwise start empty
     */
    ResultsFolder(Path resultsRoot, String experiment, boolean resume) throws IOException {
        Files.createDirectories(resultsRoot);
        this.target = resultsRoot.resolve(experiment);
        this.staging = resultsRoot.resolve("." + experiment + ".running");
        if (!resume) {
            deleteRecursively(staging);
        }
        Files.createDirectories(staging);
    }

    /** How many finished runs the staging folder holds. */
    int savedRuns() {
        return new RunContext(staging, System.out, 1).store().count();
    }

    /**
     * Records the parameters of a fresh start, or, when resuming, checks them against the recorded ones: results
     * of different settings must never be mixed in one table.
     */
    void plan(Map<String, String> parameters, boolean resume) throws IOException {
        Path plan = staging.resolve(PLAN);
        if (resume && Files.isRegularFile(plan)) {
            Map<String, String> before = JSON.readValue(plan.toFile(), new TypeReference<TreeMap<String, String>>() {
            });
            for (String name : union(before.keySet(), parameters.keySet())) {
                String was = before.get(name);
                String now = parameters.get(name);
                if (!java.util.Objects.equals(was, now)) {
                    throw new UserInputException("-Dresume=true: the interrupted run had " + name + "=" + was
                            + ", this one asks for " + name + "=" + now + "; expected the same settings (or drop "
                            + "-Dresume to start afresh)");
                }
            }
            return;
        }
        JSON.writeValue(plan.toFile(), new TreeMap<>(parameters));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    Path staging() {
        return staging;
    }

    Path target() {
        return target;
    }

    /** Replaces the previous results with the staged ones (without the saved runs, which served their purpose). */
    void publish() throws IOException {
        deleteRecursively(staging.resolve(RunContext.RUNS));
        Files.deleteIfExists(staging.resolve(PLAN));
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
