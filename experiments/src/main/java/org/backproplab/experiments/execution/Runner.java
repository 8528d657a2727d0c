package org.backproplab.experiments.execution;

import java.util.List;
import java.util.ServiceLoader;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;

/**
 * Where a sweep's runs are trained: on this machine's threads ({@link LocalRunner}, the default) or elsewhere, as
 * {@code -Drunner=NAME} says. Every runner trains each job with {@code TrainingRun}, saves it to the run store the
 * moment it finishes (so an interrupted sweep resumes, whoever ran it) and gives the results back in the order of
 * the jobs: the tables do not depend on the runner.
 *
 * <p>Other runners are found with {@link ServiceLoader} as {@link Provider}s: the cluster module's Spark runner is
 * on the classpath only when that module is, so a user who never asks for a cluster never loads Spark.
 */
public interface Runner {
    /** The name {@code -Drunner} takes. */
    String name();

    /**
     * Trains every job, saving each to {@code store} as it finishes and telling {@code done} (under a lock, on
     * this JVM); returns the results in the order of {@code jobs}.
     */
    List<RunResult> train(List<Job> jobs, TrainingData data, int threads, RunStore store, Done done)
            throws Exception;

    /**
     * Where the runs are trained, for the sweep's first line: "on 2 threads" here, the master and its cores on a
     * cluster.
     */
    default String where(int threads) {
        return "on " + threads + " thread" + (threads == 1 ? "" : "s");
    }

    /**
     * What the manifest records of this runner ({@code "runner"}): its name and, on a cluster, the master and the
     * executors' Java, since bit-identical numbers across machines need the same JDK build on each.
     */
    default java.util.Map<String, Object> recorded() {
        return java.util.Map.of("name", name());
    }

    /**
     * The run store a sweep reads its finished runs from and saves to, given the one in the staging folder on this
     * machine ({@code local}): that one, unless the runner's runs are kept elsewhere (a cluster's {@code
     * -Dspark.store}, which the executors write and which outlives this JVM).
     */
    default RunStore store(RunStore local) {
        return local;
    }

    /** Releases what the runner holds (a cluster's context); called once, when the experiment is done. */
    default void close() {
    }

    /** Told of each finished run, for progress. */
    @FunctionalInterface
    interface Done {
        void finished(Job job, RunResult result);
    }

    /** Makes a runner from the user's settings; registered in {@code META-INF/services}. */
    interface Provider {
        String name();

        /** Reads this runner's own settings ({@code -Dspark.master}, ...); a bad one is a UserInputException. */
        Runner create(Settings settings);
    }

    /** The runners the cluster module would add, named so that asking for one without it says what to do. */
    List<String> CLUSTER = List.of("spark");

    /**
     * The runner {@code -Drunner} names; when it is not set, {@code spark} in a driver that spark-submit started
     * (a user who submits a sweep to a cluster means it to run there), else {@code local}.
     */
    static Runner from(Settings settings) {
        String fallback = System.getProperty("SPARK_SUBMIT") != null ? CLUSTER.get(0) : LocalRunner.NAME;
        String name = settings.string("runner", fallback).strip();
        if (name.equals(LocalRunner.NAME)) {
            return new LocalRunner();
        }
        List<String> known = new java.util.ArrayList<>(List.of(LocalRunner.NAME));
        for (Provider p : ServiceLoader.load(Provider.class)) {
            if (p.name().equals(name)) {
                return p.create(settings);
            }
            known.add(p.name());
        }
        if (CLUSTER.contains(name)) {
            throw new UserInputException("-Drunner=" + name + ": the " + name + " runner is in the cluster module, "
                    + "which is not on this classpath; expected mvn -Pcluster -pl cluster exec:java ... (or "
                    + "spark-submit of its application jar; README: Sweeps on a cluster), or -Drunner=local");
        }
        throw new UserInputException(UserInputException.visible("-Drunner=" + name + ": unknown runner; expected "
                + "one of: " + String.join(", ", known) + (known.containsAll(CLUSTER) ? ""
                        : " (or " + String.join(", ", CLUSTER) + " with the cluster module)")));
    }
}
