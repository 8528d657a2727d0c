package org.backproplab.cluster;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TrainingRun;

/**
 * What an executor does with one run: trains it with the same {@code TrainingRun} the local runner calls, on the
 * sweep's data (sent once per executor, as a broadcast). The run is single-threaded and seeded, so it gives the
 * same numbers on any executor, and a retried task gives the same result.
 *
 * <p>With a {@code -Dspark.store} ({@code store} not null), the executor saves the run there itself, before its
 * result goes back: a run trained is kept even if the driver dies before it hears of it. A run that cannot be
 * saved fails its task, so the sweep stops with the reason instead of training runs it cannot keep.
 */
record TrainTask(Broadcast<TrainingData> data, HadoopRunFiles store) implements Function<Job, RunResult> {
    @Override
    public RunResult call(Job job) {
        RunResult r = TrainingRun.run(job.spec(), data.value(), job.probes());
        if (store != null) {
            new RunStore(store).save(r);
        }
        return r;
    }
}
