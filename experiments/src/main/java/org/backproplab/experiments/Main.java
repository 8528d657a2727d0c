package org.backproplab.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backproplab.experiments.cli.ChecksFailedException;
import org.backproplab.experiments.cli.Failure;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.LocalRunner;
import org.backproplab.experiments.execution.Runner;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.recipe.Recipe;
import org.backproplab.experiments.results.Attempts;
import org.backproplab.experiments.results.Manifest;
import org.backproplab.experiments.results.ResultsFolder;
import org.backproplab.experiments.results.ResultsIndex;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.usersweep.SweepFile;
import org.backproplab.experiments.usersweep.UserSweep;

/**
 * Entry point: {@code mvn -pl experiments exec:java -Dexp=NAME} (the exec plugin passes NAME as the first
 * argument, {@code list} when -Dexp is absent). Exit codes: 0 success, 2 a user input error (one line on stderr),
 * 1 a failure of the experiment itself.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String name = args.length > 0 ? args[0] : "list";
        int code = run(name, Settings.fromSystemProperties(), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs experiment {@code name}; returns the process exit code. */
    static int run(String exp, Settings settings, PrintStream out, PrintStream err) {
        // Blanks around -Dexp are the shell's or the pom's, not part of the name; stripped here, where tests run.
        String name = exp.strip();
        if (name.isEmpty() || name.equals("list")) {
            out.print(Experiments.listing());
            return 0;
        }
        if (SweepFile.isSweepFile(name)) {
            try {
                Set<String> keys = new java.util.LinkedHashSet<>(Axis.settings());
                keys.add("data.dir");
                SweepFile file = SweepFile.read(sweepPath(name), keys);
                Sweep sweep = UserSweep.declared(file.name(), file.description());
                // Strongest first: the -D settings, then -Dquick's small version, then the file, then the defaults.
                // -Dquick=true with a file is a quick look at that file's grid, so its epochs and seeds win.
                Settings layered = settings.bool("quick", false) ? settings.withDefaults(sweep.quickSettings())
                        : settings;
                return run(sweep, layered.withDefaults(file.settings(), file.path().getFileName().toString()), out,
                        err);
            } catch (UserInputException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
        Experiment experiment = Experiments.named(name).orElse(null);
        if (experiment == null) {
            err.println("error: " + UserInputException.visible("unknown experiment '" + name + "'; "
                    + Experiments.suggestion(name) + "expected one of: " + String.join(", ", Experiments.all()
                    .stream().map(Experiment::name).toList()) + ", or a sweep file NAME.yaml (-Dexp=list describes "
                    + "them)"));
            return 2;
        }
        return run(experiment, settings, out, err);
    }

    private static Path sweepPath(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException("sweep file " + name + " is not a valid path (" + e.getReason()
                    + "); expected the path of a YAML file");
        }
    }

    /** Settings that change where or how fast results are made, not what they are: left out of the plan. */
    private static final Set<String> NOT_PARAMETERS = Set.of("threads", "runner", "resume", "out", "quick", "exp",
            "results.dir");

    /** What a run records as its parameters: every setting read, resolved, and what decides the numbers beyond. */
    private static Map<String, String> parameters(Settings settings, Experiment.Configured configured) {
        Map<String, String> parameters = new TreeMap<>(settings.resolved());
        // Where the runs are trained is not what they are: a sweep killed on a cluster resumes locally.
        parameters.keySet().removeIf(k -> NOT_PARAMETERS.contains(k) || k.startsWith("spark."));
        parameters.putAll(configured.resolved());
        parameters.putAll(configured.recipe());
        return parameters;
    }

    /**
     * How the exercise's write-up runs the studies it gathers: each as {@code -Dexp=NAME} with its own settings,
     * on this console, and what each would record, to tell whether results already there can be reused.
     */
    static org.backproplab.experiments.exercise.StudyRunner studies() {
        return new org.backproplab.experiments.exercise.StudyRunner() {
            @Override
            public int run(String name, Settings settings, java.io.PrintStream console) {
                return Main.run(name, settings, console, System.err);
            }

            @Override
            public Map<String, String> parameters(String name, Settings settings) {
                Experiment e = Experiments.named(name).orElseThrow(() -> new IllegalArgumentException(
                        "no experiment " + name));
                Settings s = settings.bool("quick", false) ? settings.withDefaults(e.quickSettings()) : settings;
                Experiment.Configured configured = e.configure(s);
                // As run() reads them, so that a bad value fails here, before any study has run.
                s.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
                s.string("out", name);
                s.bool("resume", false);
                s.string("results.dir", "results");
                s.rejectMisspellings();
                return Main.parameters(s, configured);
            }
        };
    }

    /** Runs {@code experiment}: configure, run into a staging folder, publish; returns the exit code. */
    static int run(Experiment experiment, Settings settings, PrintStream out, PrintStream err) {
        String name = experiment.name();
        ResultsFolder folder = null;
        Path root = null;
        Thread interrupted = null;
        Recipe recipe = null;
        Runner runner = new LocalRunner();
        try {
            if (settings.bool("quick", false)) {
                settings = settings.withDefaults(experiment.quickSettings());
            }
            Experiment.Configured configured = experiment.configure(settings);
            int threads = settings.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
            // Only an experiment that trains runs takes -Drunner; for any other it is a setting it does not have.
            if (!configured.runs().isEmpty()) {
                runner = Runner.from(settings);
            }
            root = resultsRoot(settings);
            boolean resume = settings.bool("resume", false);
            String target = settings.string("out", experiment.name());
            settings.rejectMisspellings();
            if (!target.matches("[A-Za-z0-9._-]+") || target.startsWith(".")) {
                throw new UserInputException("-Dout=" + target + " is not a folder name; expected letters, digits, "
                        + "'.', '_' or '-', not starting with '.'");
            }
            if (target.length() > ResultsFolder.MAX_NAME) {
                throw new UserInputException("-Dout=" + target + " is too long for a folder name (" + target.length()
                        + " characters); expected at most " + ResultsFolder.MAX_NAME);
            }
            Map<String, String> parameters = parameters(settings, configured);
            recipe = Recipe.of(name, parameters, configured.runs(), configured.data(), threads);
            folder = openResults(root, target, resume);
            RunContext context = new RunContext(folder.staging(), out, threads, recipe, runner);
            // The runner's store: a cluster's (-Dspark.store) outlives the staging folder, and a resume reads it.
            int saved = context.store().count();
            folder.plan(parameters, resume);
            if (resume && saved == 0) {
                out.println("-Dresume=true: no interrupted run of " + target + " to resume; starting afresh");
            }
            folder.attempts().begin(Instant.now());
            interrupted = keepRunsOnInterrupt(folder, err);
            if (!org.backproplab.engine.matrix.MatrixKernels.vectorized()) {
                err.println("note: this JVM has no Vector API, so the matrix products run scalar, about 10x slower "
                        + "(the numbers are the same); start java with --add-modules jdk.incubator.vector, as "
                        + "mvn exec:java does");
            } else if (runner instanceof LocalRunner && !org.backproplab.engine.JvmOptions.missing().isEmpty()) {
                // Only where this JVM trains: a cluster's executors get the options from SparkRunner.
                err.println("note: this JVM was started without "
                        + String.join(" ", org.backproplab.engine.JvmOptions.missing())
                        + ", so on JDK 17 a vectorized activation may run several times slower after another has"
                        + " (the numbers are the same); start java with it, as mvn exec:java and experiments/run do");
            }
            configured.run(context);
            writeManifest(folder, recipe, runner);
            finished(interrupted);
            folder.publish();
            index(root, err);
            out.println("Results: " + folder.target());
            return 0;
        } catch (ChecksFailedException e) {
            finished(interrupted);
            try {
                // The results of a failed check are published: they are the evidence of what failed.
                writeManifest(folder, recipe, runner);
                folder.publish();
                index(root, err);
                out.println("Results: " + folder.target());
            } catch (IOException io) {
                err.println("error: could not publish the results: " + Failure.describe(io));
            }
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UserInputException e) {
            finished(interrupted);
            err.println("error: " + e.getMessage() + kept(folder, null));
            return 2;
        } catch (Throwable e) {
            // Anything else is a failure of ours or of the machine (a full disk, memory): one line that says what,
            // the finished runs kept for a resume, the stack trace in a file for whoever fixes it.
            finished(interrupted);
            if (missingDl4j(e)) {
                // The cluster's application jar leaves DL4J out (its libraries clash with Spark's); only the proofs
                // need it, and they are not a sweep.
                err.println("error: experiment " + name + " needs DeepLearning4J, which is not on this classpath "
                        + "(the cluster's application jar leaves it out); expected mvn -pl experiments exec:java "
                        + "-Dexp=" + name + kept(folder, null));
                return 2;
            }
            err.println("error: experiment " + name + " failed: " + Failure.describe(e) + kept(folder, e));
            return 1;
        } finally {
            runner.close();
        }
    }

    private static boolean missingDl4j(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) && t.getMessage() != null
                    && t.getMessage().replace('.', '/').matches("(?s).*org/(nd4j|deeplearning4j|bytedeco)/.*")) {
                return true;
            }
        }
        return false;
    }

    private static Path resultsRoot(Settings settings) {
        String dir = settings.string("results.dir", "results");
        if (dir.isBlank()) {
            throw new UserInputException("-Dresults.dir=" + (dir.isEmpty() ? " is empty" : "'" + dir + "' is blank")
                    + "; expected the folder to write results into (default: results)");
        }
        try {
            return Paths.get(dir.strip()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException("-Dresults.dir=" + dir + " is not a valid path (" + e.getReason()
                    + "); expected a folder");
        }
    }

    /** manifest.json, with the time of every attempt of a resumed sweep counted, not only the last one's. */
    private static void writeManifest(ResultsFolder folder, Recipe recipe, Runner runner) throws IOException {
        Instant end = Instant.now();
        List<Attempts.Attempt> attempts = folder.attempts().upTo(end);
        new Manifest(recipe, Attempts.firstStart(attempts, end), end, Attempts.seconds(attempts),
                Math.max(1, attempts.size())).write(folder.staging().resolve("manifest.json"), runner.recorded());
    }

    /**
     * The index lists every experiment's results; it is a convenience, so a failure to rebuild it (something else
     * has taken its name) is a note, never a failed run.
     */
    private static void index(Path root, PrintStream err) {
        try {
            ResultsIndex.write(root);
        } catch (IOException | RuntimeException e) {
            err.println("note: results/index.md was not updated: " + Failure.describe(e));
        }
    }

    /**
     * After a failure: the finished runs of a sweep are kept for {@code -Dresume=true} (hours of training should not
     * be lost to one bad run or a full disk), with the failure's stack trace beside them; anything else is dropped.
     * Returns the end of the error line that says so.
     */
    private static String kept(ResultsFolder folder, Throwable failure) {
        if (folder == null) {
            return "";
        }
        folder.attempts().end(Instant.now());
        int saved = folder.savedRuns();
        if (saved == 0) {
            folder.discard();
            if (failure != null) {
                Path log = folder.target().resolveSibling("." + folder.target().getFileName() + ".error.log");
                return Failure.log(log, failure) ? "; the stack trace is in " + log : "";
            }
            return "";
        }
        folder.discardOutputs();
        Path log = folder.staging().resolve(ResultsFolder.ERROR_LOG);
        return "; " + saved + " finished runs are kept in " + folder.staging() + " and -Dresume=true continues from "
                + "them" + (failure != null && Failure.log(log, failure) ? " (stack trace: " + log + ")" : "");
    }

    /** On Ctrl-C or a kill, says what was kept: the finished runs stay in the staging folder for a resume. */
    private static Thread keepRunsOnInterrupt(ResultsFolder folder, PrintStream err) {
        Thread hook = new Thread(() -> {
            folder.attempts().end(Instant.now());
            err.println("\ninterrupted: " + folder.savedRuns() + " finished runs are kept in " + folder.staging()
                    + "; run again with -Dresume=true to continue");
        });
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void finished(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs and says what was kept.
            }
        }
    }

    /** The results folder, or one line saying why it cannot be written: a bad -Dresults.dir is a user input. */
    private static ResultsFolder openResults(Path root, String experiment, boolean resume) {
        try {
            return new ResultsFolder(root, experiment, resume);
        } catch (IOException e) {
            String why = e instanceof FileAlreadyExistsException ? "a file is in the way: " + e.getMessage()
                    : e instanceof AccessDeniedException ? "permission denied: " + e.getMessage()
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() + ": " + f.getFile()
                    : e.toString();
            throw new UserInputException("cannot write results under " + root + " (" + why
                    + "); expected a writable folder (-Dresults.dir)");
        }
    }
}
