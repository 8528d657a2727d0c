package org.backproplab.reporting;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * The project's colours. An activation keeps its colour in every figure (sigmoid is always orange, ReLU always
 * blue), so a reader who has learned one chart reads the next at a glance; any other series takes the next colour
 * of a fixed, colour-blind-safe cycle (Okabe and Ito's palette) in the order the series are given.
 */
public final class Palette {
    private static final Color[] CYCLE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xD55E00), // vermillion
        new Color(0x000000), // black
        new Color(0xF0E442), // yellow: last, it is faint on white
    };

    private static final Map<String, Color> NAMED = Map.of(
            "sigmoid", CYCLE[1],
            "tanh", CYCLE[2],
            "relu", CYCLE[0],
            "identity", CYCLE[6]);

    private Palette() {
    }

    /** The colour of the series named {@code name}, drawn {@code index}-th among its chart's series. */
    public static Color colour(String name, int index) {
        Color named = NAMED.get(name.toLowerCase(Locale.ROOT));
        return named != null ? named : CYCLE[Math.floorMod(index, CYCLE.length)];
    }
}
