package org.backproplab.reporting;

import java.util.List;

/**
 * One recorded training step: its number (0: the first update), every value of the step (the mini-batch loss
 * before its update among them), and, for a network of a 2-D plane, its class probabilities over that plane
 * before the update (per mille, cell by cell as {@link DecisionBoundary#cellCentres} orders them; for two classes only class 1's, the
 * other being 1000 minus it). {@code boundary} is empty when there is no plane.
 */
public record TracedStep(int step, List<TraceValue> values, int[] boundary) {
    public TracedStep {
        values = List.copyOf(values);
        boundary = boundary.clone();
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    /** The mini-batch loss before this step's update (NaN if not recorded). */
    public double loss() {
        return values.stream().filter(v -> v.quantity().equals("loss")).mapToDouble(TraceValue::value).findFirst()
                .orElse(Double.NaN);
    }
}
