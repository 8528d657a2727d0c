package org.backproplab.experiments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;

/** Runs {@link Main} as the command line would, into a given results folder, and keeps what it printed. */
final class MainHarness {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code -Dexp=exp} with {@code settings} given as name, value pairs; returns the exit code. */
    int run(Path results, String exp, String... settings) {
        return Main.run(exp, settings(results, settings), stream(out), stream(err));
    }

    /** Runs an experiment that need not be in the catalog (a test's variant of one). */
    int run(Path results, Experiment experiment, String... settings) {
        return Main.run(experiment, settings(results, settings), stream(out), stream(err));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void reset() {
        out.reset();
        err.reset();
    }

    private static Settings settings(Path results, String... nameValue) {
        Map<String, String> values = new HashMap<>();
        values.put("results.dir", results.toString());
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put(nameValue[i], nameValue[i + 1]);
        }
        return new Settings(values);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
