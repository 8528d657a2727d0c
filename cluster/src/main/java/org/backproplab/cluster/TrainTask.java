package org.backproplab.cluster;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TrainingRun;

/**
 * What an executor does with one run: trains it with the same {@code TrainingRun} the local runner calls, on the
 * sweep's data (sent once per executor, as a broadcast). The run is single-threaded and seeded, so it gives the
 * same numbers on any executor, and a retried task gives the same result.
 */
record TrainTask(Broadcast<TrainingData> data) implements Function<Job, RunResult> {
    @Override
    public RunResult call(Job job) {
        return TrainingRun.run(job.spec(), data.value(), job.probes());
    }
}
