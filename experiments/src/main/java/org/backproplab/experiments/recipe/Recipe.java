package org.backproplab.experiments.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.backproplab.experiments.grid.RunSpec;

/**
 * Everything that decided a result, resolved, recorded whole: the experiment and its every setting (defaults
 * included, "auto" replaced by what it chose), every run it trained as a resolved {@link RunSpec}, the data and its
 * split, and the machine, versions, matrix kernel and git commit it ran on. Built once, in {@link Main}, when the
 * settings have been read; {@code manifest.json} writes it and every REPORT.md ends with it ({@link #describe}).
 * A figure without its recipe is not a result (Tribuo's rule).
 *
 * @param data null for an experiment that trains no grid on a data set
 */
public record Recipe(String experiment, Map<String, String> parameters, List<RunSpec> runs, DataRecipe data,
        int threads, Machine machine, Versions versions, GitCommit git, LocalDate date) {

    public Recipe {
        Objects.requireNonNull(experiment, "experiment");
        // Sorted, so two manifests of the same run diff line by line.
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        runs = List.copyOf(runs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The recipe of {@code experiment} run now, on this machine, from this checkout. */
    public static Recipe of(String experiment, Map<String, String> parameters, List<RunSpec> runs, DataRecipe data,
            int threads) {
        return new Recipe(experiment, parameters, runs, data, threads, Machine.current(), Versions.current(),
                GitCommit.current(), LocalDate.now());
    }

    /** A recipe with nothing recorded but the experiment's name (tests, tools). */
    public static Recipe unrecorded(String experiment) {
        return of(experiment, Map.of(), List.of(), null, 1);
    }

    /** Every run as one JSON object, its fields by the column names of runs.csv. */
    public List<Map<String, Object>> runsAsJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunSpec s : runs) {
            Map<String, Object> run = new LinkedHashMap<>();
            List<Object> values = s.values();
            for (int i = 0; i < RunSpec.COLUMNS.size(); i++) {
                run.put(RunSpec.COLUMNS.get(i), values.get(i));
            }
            out.add(run);
        }
        return out;
    }

    /** The recipe as the lines at the end of a REPORT.md. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("experiment: " + experiment);
        parameters.forEach((k, v) -> lines.add("  " + k + ": " + v));
        if (data != null) {
            lines.add(String.format("data: %s, split by seed %d with %s held out for testing (sha256 %s)",
                    data.description(), data.splitSeed(), data.testFraction(), data.sha256()));
        }
        if (!runs.isEmpty()) {
            lines.add("runs: " + runs.size() + ", every one resolved in manifest.json");
        }
        lines.add("threads: " + threads + " (results do not depend on it: each run is single-threaded and "
                + "seeded)");
        lines.add("versions: backprop-lab " + versions.project() + ", DL4J " + versions.dl4j() + " (reference only)");
        lines.add("git commit: " + (git == null ? "unknown" : git.hash()
                + (Boolean.TRUE.equals(git.dirty()) ? " with uncommitted changes" : "")));
        lines.add("java: " + machine.java() + " (" + machine.javaVendor() + ")");
        lines.add("os: " + machine.os() + " " + machine.osVersion() + " " + machine.arch() + ", " + machine.cores()
                + " cpus");
        lines.add("matrix kernel: " + machine.matrixKernel()
                + " (the same numbers with or without the Vector API, only faster with it)");
        lines.add("date: " + date);
        return String.join("\n", lines);
    }
}
