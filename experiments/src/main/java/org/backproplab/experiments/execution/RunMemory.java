package org.backproplab.experiments.execution;

import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.TrainingRun;

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
        return bytes(data.inputs(), spec.depth(), spec.width(), data.classes(),
                2.0 * spec.batchSize() + data.trainX().rows() + data.testX().rows(), 4);
    }

    /**
     * Bytes of a network of {@code depth} hidden layers of {@code width} units between {@code inputs} and
     * {@code outputs}, trained with {@code workspaces} workspaces over {@code rows} rows in all.
     */
    public static double bytes(int inputs, int depth, int width, int outputs, double rows, int workspaces) {
        double w = width;
        double p = inputs * w + w + (depth - 1) * (w * w + w) + w * outputs + outputs;
        double units = depth * w + outputs;
        return 8 * (p * (1 + 2 * workspaces + 2) + 4 * units * rows);
    }

    /**
     * Refuses a study whose {@code atOnce} runs of {@code perRun} bytes each, plus {@code kept} bytes of results,
     * would not fit in {@code heap} bytes; {@code what} names the settings that made it so big.
     */
    public static void check(String what, double perRun, int atOnce, double kept, long heap) {
        double need = perRun * atOnce + kept;
        double usable = USABLE * heap;
        if (need > usable) {
            throw new UserInputException(String.format(Locale.ROOT, "%s: the study needs about %s of memory (%d "
                    + "network%s of %s at once%s), but the JVM may use %s; expected smaller settings, fewer "
                    + "-Dthreads, or more heap (MAVEN_OPTS=-Xmx%dg, if the machine has it)", what, size(need), atOnce,
                    atOnce == 1 ? "" : "s", size(perRun), kept > 0 ? " and " + size(kept) + " of results" : "",
                    size(heap), gigabytes(need / USABLE)));
        }
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
