package org.backproplab.experiments;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a running experiment may use: the folder it writes to (empty at the start; it becomes
 * {@code results/NAME/} once the run succeeds), the console, and how many threads it may use.
 */
public record RunContext(Path output, PrintStream console, int threads) {
    public RunContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    public Path file(String name) {
        return output.resolve(name);
    }
}
