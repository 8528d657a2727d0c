package org.backproplab.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.training.RunResult;

/**
 * Spark as a task farm, as hyperopt's SparkTrials uses it: each run is a Spark job of one task, so that its result
 * reaches the driver (and the run store) the moment it finishes, not when the whole sweep does. A few more jobs
 * than the cluster has cores are in flight at once, so no core waits for the driver.
 *
 * <p>A failed run stops the farm from starting more; the runs in flight finish and are kept, and the failure is
 * reported with the run's spec. Spark does not retry it (spark.task.maxFailures=1): a run that failed once on a
 * seeded, single-threaded trainer fails again.
 */
final class TaskFarm {
    /** Told of each finished run, on the driver, one at a time. */
    @FunctionalInterface
    interface Finished {
        void finished(Job job, RunResult result);
    }

    private TaskFarm() {
    }

    static List<RunResult> run(JavaSparkContext sc, List<Job> jobs, Function<Job, RunResult> task, int inFlight,
            Finished finished) throws InterruptedException {
        List<RunResult> results = new ArrayList<>(Collections.nCopies(jobs.size(), null));
        Map<Integer, JavaFutureAction<List<RunResult>>> running = new LinkedHashMap<>();
        RunFailed failure = null;
        int next = 0;
        while (!running.isEmpty() || (failure == null && next < jobs.size())) {
            while (failure == null && next < jobs.size() && running.size() < inFlight) {
                Job job = jobs.get(next);
                sc.setJobDescription(job.spec().label().strip());
                running.put(next, sc.parallelize(List.of(job), 1).map(task).collectAsync());
                next++;
            }
            boolean any = false;
            for (Iterator<Map.Entry<Integer, JavaFutureAction<List<RunResult>>>> it = running.entrySet().iterator();
                    it.hasNext();) {
                Map.Entry<Integer, JavaFutureAction<List<RunResult>>> e = it.next();
                if (!e.getValue().isDone()) {
                    continue;
                }
                it.remove();
                any = true;
                Job job = jobs.get(e.getKey());
                try {
                    RunResult r = e.getValue().get().get(0);
                    results.set(e.getKey(), r);
                    finished.finished(job, r);
                } catch (ExecutionException ex) {
                    if (failure == null) {
                        failure = new RunFailed(job.spec(), ex);
                    }
                }
            }
            if (!any) {
                // A millisecond: polling a dozen futures costs nothing, and a longer nap was most of the 6 ms a
                // task costs (cluster/NOTES.md).
                Thread.sleep(1);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
