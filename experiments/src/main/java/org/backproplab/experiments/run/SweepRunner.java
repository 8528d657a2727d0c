package org.backproplab.experiments.run;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs many independent training runs on a fixed number of threads, one run per thread at a time, and shows
 * progress as each finishes ({@link Progress}: a bar in a terminal, a line per run in a log). Results come back
 * in the order of the specs, whatever order they finish in, and each run is single-threaded and seeded: the
 * numbers do not depend on the thread count.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    public static List<RunResult> run(List<RunSpec> specs, TrainingData data, int threads, PrintStream progress)
            throws InterruptedException {
        Progress bar = Progress.to(progress, specs.size());
        return Parallel.map(specs, threads, spec -> TrainingRun.run(spec, data), (n, total, spec, r) -> {
            EpochRecord last = r.last();
            String outcome = r.diverged() ? "DIVERGED at epoch " + r.divergedAt()
                    : String.format("test accuracy %.3f, train loss %.4f", last.testAccuracy(), last.trainLoss());
            bar.done(n, String.format("%s: %s (%.1f s)", spec.label(), outcome, r.millis() / 1000.0));
        });
    }
}
