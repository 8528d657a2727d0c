package org.backproplab.reporting;

import java.util.List;

/**
 * One number of one traced step, in long format: what it is ({@code w}, {@code net}, {@code delta}...), where it is
 * (the layer, and one or two indices) and its value. Weights and their gradients have both indices (from unit
 * {@code i} of the layer's inputs to unit {@code j} of the layer); a unit's values and a bias have {@code i} only
 * ({@code j} is {@link #NONE}); the loss has neither. Layers count as the engine counts them: 0 is the first hidden
 * layer, {@link #INPUTS} the inputs.
 */
public record TraceValue(String quantity, int layer, int i, int j, double value) {
    /** An index or layer a quantity does not have. */
    public static final int NONE = -1;
    /** The layer number of the inputs (and of the loss, which belongs to no layer). */
    public static final int INPUTS = -1;

    /** Every quantity a step holds, in the order the CSV lists them. */
    public static final List<String> QUANTITIES = List.of("loss", "input", "target", "net", "out", "dE/dout",
            "delta", "w", "b", "dE/dw", "dE/db", "w+", "b+");

    public TraceValue {
        if (!QUANTITIES.contains(quantity)) {
            throw new IllegalArgumentException("unknown traced quantity " + quantity + "; expected one of "
                    + QUANTITIES);
        }
    }

    /** As the CSV writes it: an index the quantity does not have is an empty field; every digit of the value. */
    public List<Object> csvRow(int step) {
        return List.of(step, quantity, layer == INPUTS && i == NONE ? "" : Integer.toString(layer),
                i == NONE ? "" : Integer.toString(i), j == NONE ? "" : Integer.toString(j), Double.toString(value));
    }

    public static final List<String> CSV_HEADER = List.of("step", "quantity", "layer", "i", "j", "value");
}
