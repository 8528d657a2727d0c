package org.backproplab.experiments;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.backproplab.experiments.run.RunStore;

/**
 * What a running experiment may use: the folder it writes to (it becomes {@code results/NAME/} once the run
 * succeeds), the console, how many threads it may use, where finished runs are saved for a resume, and the
 * parameters it was run with (every setting, defaults included: the recipe its report prints).
 */
public record RunContext(Path output, PrintStream console, int threads, String experiment,
        Map<String, String> parameters) {
    /** The hidden folder of saved runs inside the output folder; removed when the results are published. */
    public static final String RUNS = ".runs";

    public RunContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        parameters = Map.copyOf(parameters);
    }

    /** A context whose parameters are not recorded (tests, tools). */
    public RunContext(Path output, PrintStream console, int threads) {
        this(output, console, threads, output.getFileName().toString(), Map.of());
    }

    public Path file(String name) {
        return output.resolve(name);
    }

    /** The saved runs of this experiment's sweep: empty on a fresh start, the finished ones on a resume. */
    public RunStore store() {
        return new RunStore(output.resolve(RUNS));
    }
}
