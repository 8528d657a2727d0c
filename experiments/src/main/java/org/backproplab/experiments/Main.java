package org.backproplab.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.Paths;

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
        Experiment experiment = Experiments.named(name).orElse(null);
        if (experiment == null) {
            err.println("error: unknown experiment '" + name + "'; expected one of the names below");
            err.print(Experiments.listing());
            return 2;
        }
        return run(experiment, settings, out, err);
    }

    /** Runs {@code experiment}: configure, run into a staging folder, publish; returns the exit code. */
    static int run(Experiment experiment, Settings settings, PrintStream out, PrintStream err) {
        String name = experiment.name();
        ResultsFolder folder = null;
        try {
            if (settings.bool("quick", false)) {
                settings = settings.withDefaults(experiment.quickSettings());
            }
            Experiment.Configured configured = experiment.configure(settings);
            int threads = settings.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
            Path root = Paths.get(settings.string("results.dir", "results")).toAbsolutePath().normalize();
            settings.rejectMisspellings();
            String target = settings.string("out", experiment.name());
            if (!target.matches("[A-Za-z0-9._-]+") || target.startsWith(".")) {
                throw new UserInputException("-Dout=" + target + " is not a folder name; expected letters, digits, "
                        + "'.', '_' or '-', not starting with '.'");
            }
            folder = openResults(root, target);
            configured.run(new RunContext(folder.staging(), out, threads));
            folder.publish();
            out.println("Results: " + folder.target());
            return 0;
        } catch (ChecksFailedException e) {
            try {
                folder.publish();
                out.println("Results: " + folder.target());
            } catch (java.io.IOException io) {
                err.println("error: could not publish the results: " + io.getMessage());
            }
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UserInputException e) {
            if (folder != null) {
                folder.discard();
            }
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            if (folder != null) {
                folder.discard();
            }
            err.println("error: experiment " + name + " failed; previous results, if any, are untouched");
            e.printStackTrace(err);
            return 1;
        }
    }

    /** The results folder, or one line saying why it cannot be written: a bad -Dresults.dir is a user input. */
    private static ResultsFolder openResults(Path root, String experiment) {
        try {
            return new ResultsFolder(root, experiment);
        } catch (IOException e) {
            String why = e instanceof FileAlreadyExistsException ? "a file is in the way: " + e.getMessage()
                    : e instanceof AccessDeniedException ? "permission denied: " + e.getMessage()
                    : e.toString();
            throw new UserInputException("cannot write results under " + root + " (" + why
                    + "); expected a writable folder (-Dresults.dir)");
        }
    }
}
