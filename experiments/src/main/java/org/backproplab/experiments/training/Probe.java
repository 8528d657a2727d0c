package org.backproplab.experiments.training;

import org.backproplab.engine.network.Network;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * Something a study measures on the live network while it trains, beyond the loss, accuracy and gradients every
 * epoch records: a layer's outputs after training, the decision boundary over the plane, per-layer readings on a
 * fixed probe set. A study declares its probes; {@code TrainingRun} calls them at initialization and after every
 * epoch, and their {@link Measurements} are saved with the run, so a figure reads numbers and never trains a
 * network again (and a resumed sweep, or a run made on another machine, has them too).
 */
public sealed interface Probe extends java.io.Serializable
        permits LayerOutputs, DecisionGrid, ProbeSetLayers, TargetsReached, RegionCount, StepTraceProbe {

    /** The key the measurements are stored under: the probe and its parameters, so a changed probe is re-measured. */
    String name();

    /** Which runs of a grid it measures: a figure of the first seed needs that seed only. */
    Which which();

    /** Whether it can measure a network trained on {@code data} (a decision boundary needs two inputs). */
    default boolean fits(TrainingData data) {
        return true;
    }

    /**
     * Why {@code grid} on {@code data} cannot be measured at all, for a probe a study cannot do without (the linear
     * regions of a network on the plane), or null; {@link #fits} and {@link #measures} only leave runs out.
     */
    default Refusal refuses(Grid grid, TrainingData data) {
        return null;
    }

    /** The setting that makes a probe impossible, and what it expected. */
    record Refusal(String setting, String why) {
    }

    /** Whether {@code grid}'s run {@code spec}, trained on {@code data}, gets this probe. */
    default boolean measures(RunSpec spec, Grid grid, TrainingData data) {
        return fits(data) && which().test(spec, grid);
    }

    /**
     * A recorder for one run of {@code network} (trained as {@code spec} says, on {@code data}), made before
     * training starts: its buffers are made here.
     */
    Recorder start(Network network, RunSpec spec, TrainingData data);

    /** Whether {@code saved} is a whole measurement of this probe of a run of {@code spec} that recorded {@code epochs} epochs (0 included). */
    boolean complete(Measurements saved, RunSpec spec, int epochs);

    /** One run's measuring: called on the live network, never changing it. */
    interface Recorder {
        /** After {@code epoch} epochs (0: at initialization); {@code last} on the run's final epoch. */
        void epoch(int epoch, boolean last);

        Measurements result();
    }
}
