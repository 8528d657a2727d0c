package org.backproplab.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recipe behind a result, for the end of its REPORT.md: the experiment's every parameter and the machine,
 * versions and commit it ran on. A figure without its recipe is not a result (Tribuo's rule). The same facts,
 * machine-readable, are in manifest.json.
 */
public final class Provenance {
    private Provenance() {
    }

    public static String describe(RunContext ctx) {
        List<String> lines = new ArrayList<>();
        lines.add("experiment: " + ctx.experiment());
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(ctx.parameters()).entrySet()) {
            lines.add("  " + p.getKey() + ": " + p.getValue());
        }
        Versions v = Versions.current();
        GitCommit git = GitCommit.current();
        lines.add("threads: " + ctx.threads() + " (results do not depend on it: each run is single-threaded and "
                + "seeded)");
        lines.add("versions: backprop-lab " + v.project() + ", DL4J " + v.dl4j() + " (reference only)");
        lines.add("git commit: " + (git == null ? "unknown" : git.hash()
                + (Boolean.TRUE.equals(git.dirty()) ? " with uncommitted changes" : "")));
        lines.add("java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
        lines.add("matrix kernel: " + org.backproplab.engine.matrix.MatrixKernels.implementation()
                + " (the same numbers with or without the Vector API, only faster with it)");
        lines.add("date: " + java.time.LocalDate.now());
        return String.join("\n", lines);
    }
}
