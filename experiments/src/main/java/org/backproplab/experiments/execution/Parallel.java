package org.backproplab.experiments.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs independent, single-threaded, seeded jobs on a fixed number of threads and returns their results in the
 * order of the inputs, whatever order they finish in: the numbers do not depend on the thread count.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Told after each job, under a lock, with how many are done out of how many, and the job's result. */
    @FunctionalInterface
    public interface Progress<T, R> {
        void done(int finished, int total, T input, R result);
    }

    public static <T, R> List<R> map(List<T> inputs, int threads, Function<T, R> job, Progress<T, R> progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "experiment-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger finished = new AtomicInteger();
        Object lock = new Object();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> {
                    R result = job.apply(input);
                    synchronized (lock) {
                        progress.done(finished.incrementAndGet(), inputs.size(), input, result);
                    }
                    return result;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
