package org.backproplab.experiments.run;

import java.util.List;

/** What one run measured: one record per epoch, 0 to {@code spec.epochs()}, and its wall-clock time. */
public record RunResult(RunSpec spec, List<EpochRecord> epochs, long millis, int divergedAt) {
    public RunResult {
        epochs = List.copyOf(epochs);
    }

    /** A run that trained to the end. */
    public RunResult(RunSpec spec, List<EpochRecord> epochs, long millis) {
        this(spec, epochs, millis, -1);
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
}
