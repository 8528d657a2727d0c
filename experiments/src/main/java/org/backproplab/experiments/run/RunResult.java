package org.backproplab.experiments.run;

import java.util.List;

/** What one run measured: one record per epoch, 0 to {@code spec.epochs()}, and its wall-clock time. */
public record RunResult(RunSpec spec, List<EpochRecord> epochs, long millis) {
    public RunResult {
        epochs = List.copyOf(epochs);
    }

    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }

    public EpochRecord first() {
        return epochs.get(0);
    }
}
