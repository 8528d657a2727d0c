package org.backproplab.experiments;

/**
 * The recipe behind a result: the experiment's configuration and the machine it ran on. A figure without its
 * recipe is not a result (Tribuo's rule).
 */
public final class Provenance {
    private Provenance() {
    }

    public static String describe(String configuration, int threads) {
        return String.join("\n",
                "configuration: " + configuration,
                "threads: " + threads + " (results do not depend on it: each run is single-threaded and seeded)",
                "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "cpus: " + Runtime.getRuntime().availableProcessors(),
                "date: " + java.time.LocalDate.now());
    }
}
