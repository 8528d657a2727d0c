package org.backproplab.cluster;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.backproplab.engine.JvmOptions;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.execution.Runner;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;

/**
 * {@code -Drunner=spark}: a sweep's runs trained on Apache Spark, one task per run ({@link TaskFarm}), each saved to
 * the run store on the driver the moment its result arrives, so that a sweep whose cluster failed resumes
 * ({@code -Dresume=true}) with what finished, on a cluster or on this machine. Every {@code -Dspark.*} setting is
 * Spark's own configuration; {@code -Dspark.master} says where ({@link SparkMaster}), except {@code -Dspark.store},
 * ours: a store on HDFS or S3 that each executor saves its run to ({@link HadoopRunFiles}) and a resume reads.
 *
 * <p>The context starts when the first sweep asks for it and stops when the experiment is done ({@link #close}).
 */
public final class SparkRunner implements Runner {
    public static final String NAME = "spark";
    private static final String EXECUTOR_OPTIONS = "spark.executor.extraJavaOptions";

    private final SparkMaster master;
    private final Map<String, String> conf;
    /** {@code -Dspark.store}, or null: the runs then live in the staging folder only, saved by the driver. */
    private final HadoopRunFiles store;
    private final boolean resume;
    private JavaSparkContext context;
    private List<String> executorJava = List.of();

    SparkRunner(SparkMaster master, Map<String, String> conf) {
        this(master, conf, null, false);
    }

    SparkRunner(SparkMaster master, Map<String, String> conf, HadoopRunFiles store, boolean resume) {
        this.master = master;
        this.conf = new TreeMap<>(conf);
        this.store = store;
        this.resume = resume;
    }

    /** The runner {@code settings} ask for: checked, and the master reachable, before anything is trained. */
    public static SparkRunner from(Settings settings) {
        Map<String, String> conf = settings.startingWith("spark.");
        // spark-submit hands its --master to the driver as the system property spark.master.
        SparkMaster master = SparkMaster.parse(conf.getOrDefault("spark.master", "local[*]"));
        master.checkReachable(3000);
        conf.put("spark.master", master.url());
        if (!master.local() && !conf.containsKey("spark.jars") && System.getProperty("SPARK_SUBMIT") == null) {
            // A driver started by exec:java, not spark-submit: the executors need the application jar to load the
            // runs' classes, and nothing has given it to them.
            conf.put("spark.jars", applicationJar());
        }
        // Ours, not Spark's: where the executors keep the runs. Checked now, before anything is trained.
        String storeUri = conf.remove("spark.store");
        HadoopRunFiles store = null;
        if (storeUri != null) {
            Map<String, String> hadoop = new TreeMap<>();
            conf.forEach((k, v) -> {
                if (k.startsWith("spark.hadoop.")) {
                    hadoop.put(k.substring("spark.hadoop.".length()), v);
                }
            });
            store = HadoopRunFiles.parse(storeUri, hadoop);
            store.checkWritable();
        }
        return new SparkRunner(master, conf, store, settings.bool("resume", false));
    }

    /** The application jar beside this module's classes (cluster/target), for executors of a standalone cluster. */
    static String applicationJar() {
        Path jar = null;
        try {
            Path classes = Path.of(SparkRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jar = Files.isRegularFile(classes) ? classes : classes.resolveSibling("backprop-lab-cluster.jar");
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // not found: said below
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new UserInputException("-Dspark.master is a standalone cluster, whose executors need the "
                    + "application jar, and there is none" + (jar == null ? "" : " at " + jar) + "; expected mvn "
                    + "-Pcluster -pl cluster/spark-home,cluster install first, or -Dspark.jars=PATH_OF_THE_JAR");
        }
        return jar.toAbsolutePath().toString();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(int threads) {
        // -Dthreads is the local runner's; on Spark, a run per executor core.
        return "on Spark " + master.url() + " (" + cores() + " cores)";
    }

    /**
     * With {@code -Dspark.store} and {@code -Dresume=true}, that store: the driver finds there the runs finished
     * before (by executors, even of a driver that died, or of a sweep already published) and submits only the
     * missing ones. Without {@code -Dresume} a sweep starts afresh, as it does locally: nothing is read from the
     * store, every run is trained, and the executors overwrite its files.
     */
    @Override
    public RunStore store(RunStore local) {
        return store != null && resume ? new RunStore(store) : local;
    }

    @Override
    public List<RunResult> train(List<Job> jobs, TrainingData data, int threads, RunStore store, Done done)
            throws InterruptedException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        JavaSparkContext sc = context();
        var broadcast = sc.broadcast(data);
        try {
            return TaskFarm.run(sc, jobs, new TrainTask(broadcast, this.store), 2 * cores() + 2, (job, r) -> {
                // The driver saves too, to the store the sweep gave it: on a fresh start the staging folder (whose
                // count the interrupt and resume messages report), on a resume -Dspark.store again, the same
                // bytes the executor wrote a moment ago. One path for every case, at the price of a second write.
                store.save(r);
                done.finished(job, r);
            });
        } finally {
            broadcast.destroy();
        }
    }

    @Override
    public Map<String, Object> recorded() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", NAME);
        json.put("master", master.url());
        if (store != null) {
            json.put("store", store.where());
        }
        if (context != null) {
            json.put("sparkVersion", context.version());
            json.put("cores", cores());
        }
        // Bit-identical runs across machines need the same JDK build everywhere (Math.exp, log and tanh may differ).
        json.put("executorJava", executorJava);
        return json;
    }

    @Override
    public void close() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }

    private int cores() {
        return context().defaultParallelism();
    }

    private JavaSparkContext context() {
        if (context == null) {
            SparkConf spark = new SparkConf(false).setAppName("backprop-lab");
            conf.forEach(spark::set);
            // A run that failed once fails again (single-threaded, seeded): reported, never retried 4 times.
            spark.setIfMissing("spark.task.maxFailures", "1");
            // Our progress lines, not Spark's bar, which would overwrite them.
            spark.setIfMissing("spark.ui.showConsoleProgress", "false");
            // The engine's JVM options (JvmOptions says why) in every executor: Spark 4.1 gives its JVMs the Vector
            // API itself; the trap limit is added to whatever options the user gave.
            String executorOptions = spark.get(EXECUTOR_OPTIONS, "");
            if (!executorOptions.contains(JvmOptions.TRAP_LIMIT)) {
                spark.set(EXECUTOR_OPTIONS, (executorOptions + " " + JvmOptions.TRAP_LIMIT).strip());
            }
            if (master.local()) {
                // Spark inside this JVM listens on loopback only, and needs no web UI.
                spark.setIfMissing("spark.driver.host", "127.0.0.1");
                spark.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
                spark.setIfMissing("spark.ui.enabled", "false");
            }
            context = new JavaSparkContext(spark);
            executorJava = executorJava(context);
        }
        return context;
    }

    /**
     * The Java of every executor that answers a small job, and any of the engine's JVM options it lacks (it then
     * trains slower, with the same numbers): the manifest records it.
     */
    private static List<String> executorJava(JavaSparkContext sc) {
        int tasks = Math.max(2, 2 * sc.defaultParallelism());
        List<Integer> probes = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            probes.add(i);
        }
        return sc.parallelize(probes, tasks).map(i -> System.getProperty("java.vendor") + " "
                + System.getProperty("java.runtime.version")
                + (JvmOptions.missing().isEmpty() ? "" : " without " + String.join(" ", JvmOptions.missing())))
                .distinct().collect().stream().sorted().toList();
    }
}
