package org.backproplab.experiments.degradation;

import java.util.List;
import org.backproplab.engine.network.Normalization;
import org.backproplab.experiments.grid.RunSpec;

/**
 * Which of the two remedies a run's network has: none (plain), residual shortcuts, batch normalization, or both.
 * The study's lines and findings are one per remedy.
 */
enum Remedy {
    PLAIN("plain"),
    RESIDUAL("residual"),
    BATCH_NORM("batch-norm"),
    BOTH("batch-norm + residual");

    private final String label;

    Remedy(String label) {
        this.label = label;
    }

    /** The remedy {@code spec}'s network has. */
    static Remedy of(RunSpec spec) {
        boolean normalized = !spec.norm().equals(Normalization.none());
        boolean shortcuts = spec.residual() > 0;
        return normalized ? (shortcuts ? BOTH : BATCH_NORM) : shortcuts ? RESIDUAL : PLAIN;
    }

    String label() {
        return label;
    }

    /** The remedies in their order in figures and tables. */
    static List<Remedy> all() {
        return List.of(values());
    }
}
