package org.backproplab.cluster;

import org.backproplab.experiments.grid.RunSpec;

/**
 * A run that failed on the cluster, named by its spec, with the executor's reason in one line. Spark's own
 * exception (with both stack traces) is kept as suppressed, for error.log; a cause would make the console line
 * Spark's, not ours.
 */
final class RunFailed extends RuntimeException {
    RunFailed(RunSpec spec, Throwable spark) {
        super("run " + spec.label().strip() + " failed on the cluster and was not retried: " + reason(spark));
        addSuppressed(spark);
    }

    /** Spark's message without its stack trace and its "Job aborted due to stage failure:" preamble. */
    static String reason(Throwable spark) {
        Throwable t = spark instanceof java.util.concurrent.ExecutionException && spark.getCause() != null
                ? spark.getCause() : spark;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = message.lines().findFirst().orElse(message).strip();
        return first.replaceFirst("^Job aborted due to stage failure: ", "")
                // "Task 0 in stage 22.0 failed 1 times, most recent failure: Lost task 0.0 in stage 22.0 (TID 28)
                // (127.0.0.1 executor 0): ExecutorLostFailure ..." says which executor and why; the rest is Spark's.
                .replaceFirst("^Task \\d+ in stage \\S+ failed \\d+ times?, most recent failure: Lost task \\S+ in "
                        + "stage \\S+ \\(TID \\d+\\) \\(([^)]*)\\): ", "on $1: ");
    }
}
