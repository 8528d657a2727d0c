package org.backproplab.experiments.exercise;

import java.util.Map;
import org.backproplab.experiments.cli.Settings;

/**
 * How the write-up runs the studies it gathers: as {@code -Dexp=NAME} would (its own results folder, manifest and
 * resumable runs), so that each study's results stand on their own in {@code results/} and a failure after some of
 * them leaves those for {@code -Dreuse=true}. {@code Main} implements it.
 */
public interface StudyRunner {
    /** Runs study {@code name} with {@code settings}, its progress on {@code console}; the exit code {@code -Dexp=NAME} would give. */
    int run(String name, Settings settings, java.io.PrintStream console);

    /** The parameters a run of {@code name} with {@code settings} would record in its manifest.json. */
    Map<String, String> parameters(String name, Settings settings);
}
