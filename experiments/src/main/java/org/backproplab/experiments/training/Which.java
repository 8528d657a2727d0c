package org.backproplab.experiments.training;

import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;

/**
 * Which runs of a grid a probe measures. Figures of the network itself (its boundary, its layers' outputs) are
 * drawn for the first seed of a grid point: measuring every seed would store numbers no figure reads. Serializable
 * (its lambdas too), as a probe travels with its run to a cluster's executor.
 */
@FunctionalInterface
public interface Which extends java.io.Serializable {
    boolean test(RunSpec spec, Grid grid);

    /** Every run. */
    static Which all() {
        return (spec, grid) -> true;
    }

    /** Seed 1 of every grid point. */
    static Which firstSeed() {
        return (spec, grid) -> spec.seed() == 1;
    }

    /** Seed 1 of the shallowest and of the deepest network of each other combination. */
    static Which firstSeedAtShallowestAndDeepest() {
        return (spec, grid) -> spec.seed() == 1
                && (spec.depth() == grid.depths().get(0) || spec.depth() == grid.maxDepth());
    }
}
