package org.backproplab.experiments.run;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs many independent training runs on a fixed number of threads, one run per thread at a time, and prints a
 * progress line as each finishes. Results come back in the order of the specs, whatever order they finish in,
 * and each run is single-threaded and seeded: the numbers do not depend on the thread count.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    public static List<RunResult> run(List<RunSpec> specs, TrainingData data, int threads, PrintStream progress)
            throws InterruptedException {
        long start = System.nanoTime();
        return Parallel.map(specs, threads, spec -> TrainingRun.run(spec, data), (n, total, spec, r) -> {
            double elapsed = (System.nanoTime() - start) / 1e9;
            double eta = elapsed / n * (total - n);
            EpochRecord last = r.last();
            String outcome = r.diverged() ? "DIVERGED at epoch " + r.divergedAt()
                    : String.format("test accuracy %.3f, train loss %.4f", last.testAccuracy(), last.trainLoss());
            progress.printf("[%3d/%d] %s: %s (%.1f s; %.0f s left)%n", n, total, spec.label(), outcome,
                    r.millis() / 1000.0, eta);
        });
    }
}
