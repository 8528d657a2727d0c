package org.backproplab.experiments.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.AtomicFile;
import org.backproplab.experiments.execution.RunStore;

/**
 * An experiment writes into a staging folder beside {@code results/NAME}; only when it has succeeded does the
 * staging folder replace the old results. A crash or a bad input half-way never leaves a mix of old and new
 * files, and never loses the previous results.
 *
 * <p>The staging folder also holds the runs a sweep has finished ({@link RunStore#FOLDER}), the parameters it
 * was started with ({@link #PLAN}) and when each attempt ran ({@link Attempts}): after an interruption,
 * {@code -Dresume=true} keeps them and the sweep continues, provided it is asked for with the same parameters.
 */
public final class ResultsFolder {
    static final String PLAN = ".parameters.json";
    /** Where a failure's full stack trace goes, for a bug report; the console gets one line. */
    public static final String ERROR_LOG = "error.log";
    /** Files in the results folder that belong to the project, not to one experiment. */
    private static final Set<String> RESERVED = Set.of(ResultsIndex.FILE, "readme.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The longest results folder name: a file system takes 255 bytes per name, and the staging folder beside it
     * ({@code .NAME.running}) and the old results ({@code .NAME.old}) need a few more.
     */
    public static final int MAX_NAME = 200;

    private final Path target;
    private final Path staging;
    private final Attempts attempts;

    /**
     * @param resume keep what an interrupted attempt left in the staging folder; otherwise start empty
     */
    public ResultsFolder(Path resultsRoot, String experiment, boolean resume) throws IOException {
        Files.createDirectories(resultsRoot);
        this.target = resultsRoot.resolve(experiment);
        this.staging = resultsRoot.resolve("." + experiment + ".running");
        checkTarget(target);
        if (!resume) {
            deleteRecursively(staging);
        }
        Files.createDirectories(staging);
        this.attempts = new Attempts(staging);
    }

    /**
     * A results folder may only replace an earlier experiment's results: never the index, the README or any other
     * file the project keeps there, nor a folder that something else wrote ({@code results/benchmarks} from
     * benchmarks/run has no manifest.json). Publishing over one of those would delete it.
     */
    static void checkTarget(Path target) {
        String name = target.getFileName().toString();
        String problem = null;
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            problem = "is the project's own file, not a results folder";
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                problem = "is a file, not a results folder";
            } else if (!Files.isRegularFile(target.resolve("manifest.json"))) {
                problem = "is a folder that holds no experiment's results (no manifest.json), so it is not replaced";
            }
        }
        if (problem != null) {
            throw new UserInputException("results folder name '" + name + "': " + target + " " + problem
                    + "; expected another name (-Dout=NAME, or the sweep file's name)");
        }
    }

    /** How many finished runs the staging folder holds. */
    public int savedRuns() {
        return new RunStore(staging.resolve(RunStore.FOLDER)).count();
    }

    public Attempts attempts() {
        return attempts;
    }

    /**
     * Records the parameters of a fresh start, or, when resuming, checks them against the recorded ones: results
     * of different settings must never be mixed in one table.
     */
    public void plan(Map<String, String> parameters, boolean resume) throws IOException {
        Path plan = staging.resolve(PLAN);
        if (resume && Files.isRegularFile(plan)) {
            Map<String, String> before;
            try {
                before = JSON.readValue(plan.toFile(), new TypeReference<TreeMap<String, String>>() {
                });
            } catch (IOException e) {
                throw new UserInputException("-Dresume=true: " + plan + " cannot be read (" + e.getClass()
                        .getSimpleName() + "), so the interrupted run's settings are unknown; expected to start "
                        + "afresh (drop -Dresume)");
            }
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
        AtomicFile.write(plan, JSON.writeValueAsBytes(new TreeMap<>(parameters)));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Replaces the previous results with the staged ones (without the saved runs, which served their purpose). */
    public void publish() throws IOException {
        deleteRecursively(staging.resolve(RunStore.FOLDER));
        Files.deleteIfExists(staging.resolve(PLAN));
        Files.deleteIfExists(staging.resolve(Attempts.FILE));
        Files.deleteIfExists(staging.resolve(ERROR_LOG));
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteRecursively(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(old);
    }

    /** Drops the staged files after a failure; the previous results stay as they were. */
    public void discard() {
        try {
            deleteRecursively(staging);
        } catch (IOException e) {
            // Nothing more to do: the staging folder is hidden and is cleared on the next run.
        }
    }

    /**
     * After a failure with finished runs: keeps what a resume needs (the runs, the plan, the attempts) and the
     * error log, and drops the half-written tables and figures, which a resume writes anew and which, on a full
     * disk, are what keeps it full.
     */
    public void discardOutputs() {
        Set<String> keep = Set.of(RunStore.FOLDER, PLAN, Attempts.FILE, ERROR_LOG);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.filter(f -> !keep.contains(f.getFileName().toString())).toList()) {
                deleteRecursively(f);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a resume overwrites them anyway.
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
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
