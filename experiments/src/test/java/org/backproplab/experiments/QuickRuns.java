package org.backproplab.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every experiment's quick version, run once per test JVM and thread count, for the tests that read its results:
 * FiguresTest checks the figures and reports of the 1-thread run, ReproducibilityTest compares its tables with the
 * 3-thread run's. Training each quick version once instead of once per test is what keeps those proofs from being
 * most of {@code mvn install}'s time. A run that fails is not kept: each test that asks sees the failure itself.
 *
 * <p>Each run prints one line when it is done, so that the minutes these tests take on a busy machine can be
 * followed in the build's output.
 */
final class QuickRuns {
    private static final Map<String, Path> DONE = new ConcurrentHashMap<>();
    private static final Path ROOT = temporaryRoot();

    private QuickRuns() {
    }

    /** The results folder of {@code experiment}'s quick version on {@code threads} threads, trained if need be. */
    static synchronized Path of(String experiment, int threads) {
        String key = experiment + "@" + threads;
        Path done = DONE.get(key);
        if (done != null) {
            return done;
        }
        Path results = ROOT.resolve(threads + "-threads");
        MainHarness main = new MainHarness();
        long start = System.nanoTime();
        // -Dout named, as the exercise's quick version would otherwise write beside a full one (exercise-quick).
        int code = main.run(results, experiment, "quick", "true", "threads", Integer.toString(threads), "out",
                experiment);
        if (code != 0) {
            throw new AssertionError(experiment + " -Dquick=true -Dthreads=" + threads + " exited " + code + ":\n"
                    + main.err());
        }
        System.out.printf("quick run of %s on %d thread%s: %.1f s%n", experiment, threads, threads == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9);
        Path folder = results.resolve(experiment);
        DONE.put(key, folder);
        return folder;
    }

    private static Path temporaryRoot() {
        try {
            Path root = Files.createTempDirectory("quick-runs");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder: the OS clears it in the end.
        }
    }
}
