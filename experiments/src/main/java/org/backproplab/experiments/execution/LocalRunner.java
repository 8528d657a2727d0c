package org.backproplab.experiments.execution;

import java.util.List;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TrainingRun;

/** The default runner: the jobs on this JVM's threads, one run per thread at a time ({@link Parallel}). */
public final class LocalRunner implements Runner {
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RunResult> train(List<Job> jobs, TrainingData data, int threads, RunStore store, Done done)
            throws InterruptedException {
        return Parallel.map(jobs, threads, job -> {
            RunResult r = TrainingRun.run(job.spec(), data, job.probes());
            store.save(r);
            return r;
        }, (n, total, job, r) -> done.finished(job, r));
    }
}
