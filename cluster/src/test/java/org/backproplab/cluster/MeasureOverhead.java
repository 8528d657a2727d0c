package org.backproplab.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.execution.Parallel;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.TrainingRun;

/**
 * Not a test: the measurement behind cluster/NOTES.md (README: Sweeps on a cluster). Times the start of a Spark
 * context on {@code MASTER} (default local[2]) and the overhead per task: N runs so small that training takes
 * microseconds, farmed out as the Spark runner does, against the same runs on this JVM's threads.
 *
 * <pre>
 * mvn -o -Pcluster -pl cluster test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backproplab.cluster.MeasureOverhead -Dexec.args="local[2] 400"
 * </pre>
 */
public final class MeasureOverhead {
    private MeasureOverhead() {
    }

    public static void main(String[] args) throws Exception {
        String master = args.length > 0 ? args[0] : "local[2]";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        TrainingData data = TaskFarmTest.toyData();
        List<Job> jobs = new ArrayList<>();
        for (int seed = 0; seed < n; seed++) {
            jobs.add(new Job(new RunSpec(Activation.tanh(), 1, 2, Initializer.xavier(), 0.1, 32, 1, seed),
                    List.of()));
        }
        long t0 = System.nanoTime();
        JavaSparkContext sc = new JavaSparkContext(new SparkConf(false).setMaster(master).setAppName("overhead")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"));
        double start = (System.nanoTime() - t0) / 1e9;
        int cores = sc.defaultParallelism();
        var broadcast = sc.broadcast(data);
        for (int round = 1; round <= 3; round++) {
            long a = System.nanoTime();
            TaskFarm.run(sc, jobs, new TrainTask(broadcast, null), 2 * cores + 2, (job, r) -> { });
            double spark = (System.nanoTime() - a) / 1e9;
            long b = System.nanoTime();
            Parallel.map(jobs, cores, job -> TrainingRun.run(job.spec(), data, job.probes()), (i, t, job, r) -> { });
            double local = (System.nanoTime() - b) / 1e9;
            System.out.printf("round %d: %d tiny runs on %s (%d cores): Spark %.2f s, threads %.2f s; overhead per "
                    + "task %.1f ms of wall time (%.1f ms of a core)%n", round, n, master, cores, spark, local,
                    (spark - local) / n * 1000, (spark - local) / n * 1000 * cores);
        }
        System.out.printf("context start: %.2f s%n", start);
        sc.stop();
    }
}
