package org.backproplab.experiments.study;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.backproplab.experiments.execution.LocalRunner;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.execution.Runner;
import org.backproplab.experiments.recipe.Recipe;

/**
 * What a running experiment may use: the folder it writes to (it becomes {@code results/NAME/} once the run
 * succeeds), the console, how many threads it may use, where finished runs are saved for a resume, and its
 * {@link Recipe} (every setting resolved, every run, the data, the machine: what its report ends with), and the
 * {@link Runner} that trains its runs ({@code -Drunner}: this machine's threads unless a cluster is asked for).
 */
public record RunContext(Path output, PrintStream console, int threads, Recipe recipe, Runner runner) {
    public RunContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** A context whose runs are trained on this machine's threads. */
    public RunContext(Path output, PrintStream console, int threads, Recipe recipe) {
        this(output, console, threads, recipe, new LocalRunner());
    }

    /** A context whose recipe records nothing but the folder's name (tests, tools). */
    public RunContext(Path output, PrintStream console, int threads) {
        this(output, console, threads, Recipe.unrecorded(output.getFileName().toString()));
    }

    public String experiment() {
        return recipe.experiment();
    }

    /** Every setting the experiment ran with, resolved. */
    public Map<String, String> parameters() {
        return recipe.parameters();
    }

    public Path file(String name) {
        return output.resolve(name);
    }

    /**
     * The saved runs of this experiment's sweep: empty on a fresh start, the finished ones on a resume; in the
     * staging folder, unless the runner keeps them elsewhere ({@link Runner#store}).
     */
    public RunStore store() {
        return runner.store(new RunStore(output.resolve(RunStore.FOLDER)));
    }
}
