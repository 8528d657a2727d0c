package org.backproplab.experiments.study;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.backproplab.experiments.grid.TrainingData;

/**
 * A column of summary.csv: its name and its value for one grid point (empty text for none), which may depend on
 * the data (an accuracy's interval on the number of test items).
 */
public record Column(String name, BiFunction<Cell, TrainingData, Object> value) {
    /** A column whose value depends on the grid point only. */
    public static Column of(String name, Function<Cell, Object> value) {
        return new Column(name, (cell, data) -> value.apply(cell));
    }
}
