package org.backproplab.experiments.grid;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.backproplab.engine.network.Normalization;

/**
 * The axes every training sweep is declared on, by the {@code -D} name that overrides each. The ones that may hold
 * several values (a comma list or a range such as {@code 1..10}) are the sweep's grid; the others are single. Each
 * says how it names a run's value ({@link #describe}: "depth 3", "lr 0.316") and, if it is a number a figure can
 * put on its x axis, reads it ({@link #value}) and names the axis ({@link #xLabel}).
 */
public enum Axis {
    DATASET("dataset", false, s -> "", null, null),
    ACTIVATIONS("activations", true, s -> s.hidden().name(), null, null),
    DEPTHS("depths", true, s -> "depth " + s.depth(), RunSpec::depth, "hidden layers"),
    WIDTH("width", true, s -> "width " + s.width(), RunSpec::width, "units per hidden layer"),
    LR("lr", true, s -> "lr " + Rates.text(s.learningRate()), RunSpec::learningRate, "learning rate (log scale)"),
    BATCH("batch", true, s -> "batch " + s.batchSize(), RunSpec::batchSize, "batch size"),
    /** Batch normalization of the hidden layers, or none. */
    NORM("norm", true, s -> s.norm().equals(Normalization.none()) ? "plain" : s.norm().name() + "-norm", null, null),
    /** Layers per residual shortcut, 0 for none: a number, but drawn as one line per value, not on x. */
    RESIDUAL("residual", true, s -> s.residual() == 0 ? "no shortcut" : "residual " + s.residual(), null, null),
    INIT("init", true, s -> s.initializer().name(), null, null),
    OPTIMIZER("optimizer", true, s -> s.optimizer().name(), null, null),
    /** Weights and biases in all: each depth's width is solved to meet it ({@link Widths#forBudget}). */
    BUDGET("budget", true, s -> s.budget() == 0 ? "" : "budget " + s.budget(), RunSpec::budget,
            "parameter budget (weights and biases)"),
    /** Hidden units in all, split evenly over the hidden layers ({@link Widths#forUnits}). */
    UNITS("units", true, s -> s.depth() * s.width() + " units", s -> s.depth() * s.width(), "hidden units in all"),
    /** What training minimizes, which fixes the output layer: one per sweep (the figures compare networks). */
    LOSS("loss", false, s -> "", null, null),
    EPOCHS("epochs", false, s -> "", null, null),
    SEEDS("seeds", false, s -> "", null, null);

    private final String setting;
    private final boolean listable;
    private final Function<RunSpec, String> describe;
    private final ToDoubleFunction<RunSpec> value;
    private final String xLabel;

    Axis(String setting, boolean listable, Function<RunSpec, String> describe, ToDoubleFunction<RunSpec> value,
            String xLabel) {
        this.setting = setting;
        this.listable = listable;
        this.describe = describe;
        this.value = value;
        this.xLabel = xLabel;
    }

    /** The name given as {@code -Dname=...} or as a key of a sweep file. */
    public String setting() {
        return setting;
    }

    /** Whether the axis can take several values in one sweep. */
    public boolean listable() {
        return listable;
    }

    /** {@code spec}'s value on this axis as a label part: "relu", "depth 3", "lr 0.316", "he"; "" for the single axes. */
    public String describe(RunSpec spec) {
        return describe.apply(spec);
    }

    /** Whether a figure can put this axis on x: it is a number. */
    public boolean numeric() {
        return value != null;
    }

    /** {@code spec}'s value on this numeric axis. */
    public double value(RunSpec spec) {
        if (value == null) {
            throw new IllegalStateException(setting + " is not a numeric axis");
        }
        return value.applyAsDouble(spec);
    }

    /** The x axis's label of a figure over this numeric axis. */
    public String xLabel() {
        return xLabel;
    }

    public static java.util.Set<String> settings() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Axis a : values()) {
            names.add(a.setting);
        }
        return names;
    }
}
