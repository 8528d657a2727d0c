package org.backproplab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.TrainingRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The task farm on Spark in this JVM: results in the jobs' order, and a failed run named by its spec. */
class TaskFarmTest {
    private static JavaSparkContext sc;
    private static final TrainingData DATA = toyData();

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf(false).setMaster("local[2]").setAppName("TaskFarmTest")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void resultsComeBackInTheJobsOrderAndEqualTheLocalTrainersWhateverTheWindow() throws Exception {
        List<Job> jobs = jobs(7);
        for (int window : new int[] {1, 3, 20}) {
            List<String> told = new ArrayList<>();
            List<RunResult> results = TaskFarm.run(sc, jobs, new Train(DATA, -1), window,
                    (job, r) -> told.add(job.spec().label()));
            assertEquals(jobs.size(), told.size());
            for (int i = 0; i < jobs.size(); i++) {
                RunResult local = TrainingRun.run(jobs.get(i).spec(), DATA, List.of());
                assertEquals(jobs.get(i).spec(), results.get(i).spec());
                assertEquals(local.epochs().size(), results.get(i).epochs().size());
                for (int e = 0; e < local.epochs().size(); e++) {
                    assertEquals(local.epochs().get(e).trainLoss(), results.get(i).epochs().get(e).trainLoss(), 0.0);
                }
            }
        }
    }

    @Test
    void aFailedRunIsReportedWithItsSpecAfterTheRunsInFlightAreKept() {
        List<Job> jobs = jobs(6);
        List<Long> told = new ArrayList<>();
        RunFailed failed = assertThrows(RunFailed.class, () -> TaskFarm.run(sc, jobs, new Train(DATA, 3), 2,
                (job, r) -> told.add(job.spec().seed())));
        assertTrue(failed.getMessage().startsWith("run " + jobs.get(3).spec().label().strip() + " failed on the "
                + "cluster and was not retried: "), failed.getMessage());
        assertTrue(failed.getMessage().contains("IllegalStateException: seed 3 fails"), failed.getMessage());
        assertEquals(1, failed.getMessage().lines().count(), failed.getMessage());
        // The runs before it finished and were handed over (to be saved); none after the window was started.
        assertTrue(told.containsAll(List.of(0L, 1L, 2L)), told.toString());
        assertTrue(told.size() <= 5, told.toString());
    }

    /** Trains a job, or fails for one seed. */
    record Train(TrainingData data, int failingSeed) implements Function<Job, RunResult> {
        @Override
        public RunResult call(Job job) {
            if (job.spec().seed() == failingSeed) {
                throw new IllegalStateException("seed " + failingSeed + " fails");
            }
            return TrainingRun.run(job.spec(), data, job.probes());
        }
    }

    private static List<Job> jobs(int n) {
        List<Job> jobs = new ArrayList<>();
        for (int seed = 0; seed < n; seed++) {
            jobs.add(new Job(new RunSpec(Activation.tanh(), 1, 4, Initializer.xavier(), 0.1, 8, 2, seed),
                    List.of()));
        }
        return jobs;
    }

    /** 32 points of a 2-D XOR-like pattern, test = train. */
    static TrainingData toyData() {
        Random random = new Random(1);
        int n = 32;
        double[] x = new double[n * 2];
        double[] y = new double[n * 2];
        for (int i = 0; i < n; i++) {
            x[2 * i] = random.nextGaussian();
            x[2 * i + 1] = random.nextGaussian();
            y[2 * i + (x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0)] = 1;
        }
        Matrix inputs = new Matrix(n, 2, x);
        Matrix targets = new Matrix(n, 2, y);
        return new TrainingData("toy", inputs, targets, inputs, targets, 2);
    }
}
