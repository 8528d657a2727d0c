package org.backproplab.experiments.run;

import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.UserInputException;

/**
 * How much heap a sweep's runs need, estimated before any is trained, so that a grid the JVM cannot hold is
 * refused in one line instead of ending, minutes later, in an OutOfMemoryError ({@code -Dwidth=4096
 * -Ddepths=200}, both allowed maxima, needs hundreds of GB).
 *
 * <p>The count follows what {@link TrainingRun} makes: the network's parameters P; four workspaces (the trainer's
 * for a full and a last short batch, the evaluators' for the training and the test set), each with a gradient and
 * a transposed copy of the weights (2P) and four matrices of rows x units (net, out, dE/dout, delta); and up to
 * two optimizer slots per parameter (Adam's moments).
 */
public final class RunMemory {
    /** The share of the heap the runs may take; the data, the JVM and the outputs need the rest. */
    private static final double USABLE = 0.8;

    private RunMemory() {
    }

    /** Bytes one run of {@code spec} needs on {@code data}. */
    public static double bytes(RunSpec spec, TrainingData data) {
        double w = spec.width();
        double p = data.inputs() * w + w + (spec.depth() - 1) * (w * w + w) + w * data.classes() + data.classes();
        double units = spec.depth() * w + data.classes();
        double rows = 2.0 * spec.batchSize() + data.trainX().rows() + data.testX().rows();
        return 8 * (p * (1 + 4 * 2 + 2) + 4 * units * rows);
    }

    /**
     * Refuses a sweep whose {@code min(threads, runs)} largest runs, trained at once, would not fit in
     * {@code heap} bytes.
     */
    public static void check(List<RunSpec> runs, TrainingData data, int threads, long heap) {
        double[] sizes = runs.stream().mapToDouble(r -> bytes(r, data)).sorted().toArray();
        int atOnce = Math.min(threads, sizes.length);
        double largest = sizes[sizes.length - 1];
        double need = 0;
        for (int i = 0; i < atOnce; i++) {
            need += sizes[sizes.length - 1 - i];
        }
        double usable = USABLE * heap;
        if (need <= usable) {
            return;
        }
        RunSpec big = runs.stream().filter(r -> bytes(r, data) == largest).findFirst().orElseThrow();
        String fix = largest <= usable ? "run fewer at once (-Dthreads=" + Math.max(1, (int) (usable / largest))
                + ") or give the JVM more heap (MAVEN_OPTS=-Xmx" + gigabytes(need / USABLE) + "g)"
                : "a smaller network (-Dwidth, -Ddepths) or more heap (MAVEN_OPTS=-Xmx" + gigabytes(largest / USABLE)
                        + "g, if the machine has it)";
        throw new UserInputException(String.format(Locale.ROOT, "-Dwidth=%d -Ddepths=%d: a run of that size needs "
                + "about %s of memory%s, but the JVM may use %s; expected %s", big.width(), big.depth(),
                size(largest), atOnce > 1 ? " (" + atOnce + " at once on " + threads + " threads: " + size(need) + ")"
                        : "", size(heap), fix));
    }

    private static String size(double bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    private static long gigabytes(double bytes) {
        return (long) Math.ceil(bytes / (1L << 30));
    }
}
