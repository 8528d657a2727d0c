package org.backproplab.experiments.training;

import java.util.List;
import java.util.Map;
import org.backproplab.experiments.grid.RunSpec;

/**
 * What one run measured: one record per epoch, 0 to {@code spec.epochs()} (or to the epoch it diverged at), what
 * each of its probes measured, by {@link Probe#name()}, and its wall-clock time. Everything a figure or table of
 * the run needs: nothing downstream trains the network again.
 */
public record RunResult(RunSpec spec, List<EpochRecord> epochs, long millis, int divergedAt,
        Map<String, Measurements> probes) implements java.io.Serializable {
    public RunResult {
        epochs = List.copyOf(epochs);
        probes = Map.copyOf(probes);
    }

    /** A run that trained to the end, without probes. */
    public RunResult(RunSpec spec, List<EpochRecord> epochs, long millis) {
        this(spec, epochs, millis, -1, Map.of());
    }

    /** A run without probes, diverged at {@code divergedAt} (or -1: trained to the end). */
    public RunResult(RunSpec spec, List<EpochRecord> epochs, long millis, int divergedAt) {
        this(spec, epochs, millis, divergedAt, Map.of());
    }

    /** Whether the training loss became NaN or infinite, at epoch {@link #divergedAt()}, which ended the run. */
    public boolean diverged() {
        return divergedAt >= 0;
    }

    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }

    public EpochRecord first() {
        return epochs.get(0);
    }

    /** What {@code probe} measured of this run; an exception naming it if the run was not measured by it. */
    public Measurements measured(Probe probe) {
        Measurements m = probes.get(probe.name());
        if (m == null) {
            throw new IllegalStateException("run " + spec.label().strip() + " was not measured by probe "
                    + probe.name() + "; it has " + probes.keySet());
        }
        return m;
    }
}
