package org.backproplab.experiments.execution;

import java.io.Serializable;
import java.util.List;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.training.Probe;

/**
 * One run to train, whole: its resolved spec and the probes that measure it. Serializable, so that a runner can
 * send it to another JVM (a cluster's executor), which trains it with {@code TrainingRun} exactly as here.
 */
public record Job(RunSpec spec, List<Probe> probes) implements Serializable {
    public Job {
        probes = List.copyOf(probes);
    }
}
