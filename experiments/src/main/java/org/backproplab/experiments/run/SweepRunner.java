package org.backproplab.experiments.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    RunResult r = TrainingRun.run(spec, data);
                    int n = done.incrementAndGet();
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double eta = elapsed / n * (specs.size() - n);
                    EpochRecord last = r.last();
                    synchronized (progress) {
                        progress.printf("[%3d/%d] %s: test accuracy %.3f, train loss %.4f (%.1f s; %.0f s left)%n",
                                n, specs.size(), spec.label(), last.testAccuracy(), last.trainLoss(),
                                r.millis() / 1000.0, eta);
                    }
                    return r;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a training run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
