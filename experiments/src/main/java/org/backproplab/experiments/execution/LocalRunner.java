package org.backproplab.experiments.execution;

import java.util.List;
import org.backproplab.engine.matrix.Cores;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TrainingRun;

/**
 * The default runner: the jobs on this JVM's threads, one run per thread at a time ({@link Parallel}). When there
 * are fewer runs than threads, each run shares its matrix products between the threads no other run uses
 * ({@link Cores}): a single run, or a seed sweep of one, uses the whole machine, with the same numbers.
 */
public final class LocalRunner implements Runner {
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RunResult> train(List<Job> jobs, TrainingData data, int threads, RunStore store, Done done)
            throws InterruptedException {
        int perRun = coresPerRun(threads, jobs.size());
        return Parallel.map(jobs, threads, job -> {
            try (Cores cores = Cores.of(perRun)) {
                RunResult r = TrainingRun.run(job.spec(), data, job.probes(), cores);
                store.save(r);
                return r;
            }
        }, (n, total, job, r) -> done.finished(job, r));
    }

    /** The threads a run may share its products with: its share of those that runs side by side leave free. */
    static int coresPerRun(int threads, int runs) {
        return Math.max(1, threads / Math.max(1, Math.min(threads, runs)));
    }
}
