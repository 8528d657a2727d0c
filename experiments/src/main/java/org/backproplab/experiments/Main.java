package org.backproplab.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backproplab.experiments.run.Axis;

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
        String name = args.length > 0 ? args[0].trim() : "list";
        int code = run(name, Settings.fromSystemProperties(), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs experiment {@code name}; returns the process exit code. */
    static int run(String name, Settings settings, PrintStream out, PrintStream err) {
        if (name.isEmpty() || name.equals("list")) {
            out.print(Experiments.listing());
            return 0;
        }
        if (SweepFile.isSweepFile(name)) {
            try {
                Set<String> keys = new java.util.LinkedHashSet<>(Axis.settings());
                keys.add("data.dir");
                SweepFile file = SweepFile.read(Path.of(name), keys);
                // The file's values stand in for the defaults: a -D setting given with it still wins.
                return run(Sweep.userSweep(file.name(), file.description()),
                        settings.withDefaults(file.settings(), file.path().getFileName().toString()), out, err);
            } catch (UserInputException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
        Experiment experiment = Experiments.named(name).orElse(null);
        if (experiment == null) {
            err.println("error: unknown experiment '" + name + "'; expected one of the names below");
            err.print(Experiments.listing());
            return 2;
        }
        return run(experiment, settings, out, err);
    }

    /** Settings that change where or how fast results are made, not what they are: left out of the plan. */
    private static final Set<String> NOT_PARAMETERS = Set.of("threads", "resume", "out", "quick", "exp",
            "results.dir");

    /** Runs {@code experiment}: configure, run into a staging folder, publish; returns the exit code. */
    static int run(Experiment experiment, Settings settings, PrintStream out, PrintStream err) {
        String name = experiment.name();
        ResultsFolder folder = null;
        Path root = null;
        Thread interrupted = null;
        Map<String, String> parameters = Map.of();
        Instant start = Instant.now();
        int threads = 1;
        try {
            if (settings.bool("quick", false)) {
                settings = settings.withDefaults(experiment.quickSettings());
            }
            Experiment.Configured configured = experiment.configure(settings);
            threads = settings.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
            root = Paths.get(settings.string("results.dir", "results")).toAbsolutePath().normalize();
            boolean resume = settings.bool("resume", false);
            String target = settings.string("out", experiment.name());
            settings.rejectMisspellings();
            if (!target.matches("[A-Za-z0-9._-]+") || target.startsWith(".")) {
                throw new UserInputException("-Dout=" + target + " is not a folder name; expected letters, digits, "
                        + "'.', '_' or '-', not starting with '.'");
            }
            parameters = new TreeMap<>(settings.resolved());
            parameters.keySet().removeAll(NOT_PARAMETERS);
            folder = openResults(root, target, resume);
            int saved = folder.savedRuns();
            folder.plan(parameters, resume);
            if (resume && saved == 0) {
                out.println("-Dresume=true: no interrupted run of " + target + " to resume; starting afresh");
            }
            interrupted = keepRunsOnInterrupt(folder, err);
            if (!org.backproplab.engine.matrix.MatrixKernels.vectorized()) {
                err.println("note: this JVM has no Vector API, so the matrix products run scalar, about 10x slower "
                        + "(the numbers are the same); start java with --add-modules jdk.incubator.vector, as "
                        + "mvn exec:java does");
            }
            start = Instant.now();
            configured.run(new RunContext(folder.staging(), out, threads, name, parameters));
            new Manifest(name, parameters, threads, start, Instant.now()).write(folder.staging().resolve(
                    "manifest.json"));
            finished(interrupted);
            folder.publish();
            ResultsIndex.write(root);
            out.println("Results: " + folder.target());
            return 0;
        } catch (ChecksFailedException e) {
            finished(interrupted);
            try {
                // The results of a failed check are published: they are the evidence of what failed.
                new Manifest(name, parameters, threads, start, Instant.now()).write(folder.staging().resolve(
                        "manifest.json"));
                folder.publish();
                ResultsIndex.write(root);
                out.println("Results: " + folder.target());
            } catch (java.io.IOException io) {
                err.println("error: could not publish the results: " + io.getMessage());
            }
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UserInputException e) {
            finished(interrupted);
            err.println("error: " + e.getMessage());
            keepOrDiscard(folder, err);
            return 2;
        } catch (Exception e) {
            finished(interrupted);
            err.println("error: experiment " + name + " failed; previous results, if any, are untouched");
            e.printStackTrace(err);
            keepOrDiscard(folder, err);
            return 1;
        }
    }

    /**
     * After a failure: the finished runs of a sweep are kept for {@code -Dresume=true} (hours of training should not
     * be lost to one bad run or a full disk); anything else is dropped.
     */
    private static void keepOrDiscard(ResultsFolder folder, PrintStream err) {
        if (folder == null) {
            return;
        }
        int saved = folder.savedRuns();
        if (saved > 0) {
            err.println(saved + " finished runs are kept in " + folder.staging() + "; -Dresume=true continues "
                    + "from them");
        } else {
            folder.discard();
        }
    }

    /** On Ctrl-C or a kill, says what was kept: the finished runs stay in the staging folder for a resume. */
    private static Thread keepRunsOnInterrupt(ResultsFolder folder, PrintStream err) {
        Thread hook = new Thread(() -> err.println("\ninterrupted: " + folder.savedRuns() + " finished runs are "
                + "kept in " + folder.staging() + "; run again with -Dresume=true to continue"));
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
                    : e.toString();
            throw new UserInputException("cannot write results under " + root + " (" + why
                    + "); expected a writable folder (-Dresults.dir)");
        }
    }
}
