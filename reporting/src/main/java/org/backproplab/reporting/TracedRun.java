package org.backproplab.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A traced training run, as plain numbers: the network's columns (as {@link NetworkDiagram} draws them), the names
 * of its weights where they have them (the slides' w1..w8), every recorded step, and the plane it learnt, if 2-D.
 *
 * @param layers      column names, inputs first
 * @param units       each column's unit names, top to bottom
 * @param biases      the bias unit under each column but the last ({@code b1}, {@code b2})
 * @param weightNames a weight's own name by {@code "layer,i,j"}; a weight not named is shown by its units
 * @param plane       the 2-D data and the boundary grid, or null for a network not trained on a plane
 */
public record TracedRun(String title, List<String> notes, List<String> layers, List<List<String>> units,
        List<String> biases, Map<String, String> weightNames, List<TracedStep> steps, TracePlane plane) {
    public TracedRun {
        notes = List.copyOf(notes);
        layers = List.copyOf(layers);
        units = units.stream().map(List::copyOf).toList();
        biases = List.copyOf(biases);
        weightNames = Map.copyOf(weightNames);
        steps = List.copyOf(steps);
        if (layers.size() != units.size() || biases.size() != layers.size() - 1) {
            throw new IllegalArgumentException(layers.size() + " layers, " + units.size() + " unit lists and "
                    + biases.size() + " bias units: expected a unit list per layer and a bias under all but the last");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a traced run needs at least one step");
        }
        for (TracedStep s : steps) {
            int expected = plane == null ? 0 : plane.cellsPerStep();
            if (s.boundary().length != expected) {
                throw new IllegalArgumentException("step " + s.step() + " has " + s.boundary().length
                        + " boundary numbers; expected " + expected);
            }
        }
    }

    /** Every value of every step, as {@link TraceValue#CSV_HEADER} orders them: the CSV the page's numbers are. */
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (TracedStep s : steps) {
            for (TraceValue v : s.values()) {
                rows.add(v.csvRow(s.step()));
            }
        }
        return rows;
    }
}
