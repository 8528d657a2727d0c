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

    /**
     * Every activation's own colour: the three of the exercise in the Okabe-Ito blue, orange and green, the rest
     * from Kelly's list of maximally distinct colours, so that a figure of the whole ReLU family stays readable.
     */
    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("sigmoid", CYCLE[1]),
            Map.entry("tanh", CYCLE[2]),
            Map.entry("relu", CYCLE[0]),
            Map.entry("identity", CYCLE[6]),
            Map.entry("leaky-relu", new Color(0x875692)),
            Map.entry("prelu", new Color(0xBE0032)),
            Map.entry("prelu-shared", new Color(0xE68FAC)),
            Map.entry("rrelu", new Color(0x848482)),
            Map.entry("elu", new Color(0x56B4E9)),
            Map.entry("selu", new Color(0x882D17)),
            Map.entry("gelu", new Color(0x8DB600)),
            Map.entry("gelu-tanh", new Color(0xC2B280)),
            Map.entry("swish", new Color(0xD55E00)),
            Map.entry("mish", new Color(0x2B3D26)),
            Map.entry("softplus", new Color(0xB3446C)),
            Map.entry("softsign", new Color(0x654522)),
            Map.entry("hard-tanh", new Color(0x604E97)),
            Map.entry("hard-sigmoid", new Color(0xF6A600)),
            Map.entry("relu6", new Color(0x0067A5)),
            Map.entry("softmax", new Color(0x2B3D26)));

    private Palette() {
    }

    /** Viridis's stops, perceptually uniform and readable in grey; lines take it only up to 0.8, as its yellow end
     * is faint on white. */
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725),
    };

    /**
     * The {@code index}-th of {@code count} colours running from dark purple to green, for series that have an
     * order (depth 1, 2, 4, 8): the eye reads the order from the colours without the legend.
     */
    public static Color sequential(int index, int count) {
        return viridis(count <= 1 ? 0.0 : 0.8 * index / (count - 1));
    }

    /**
     * Viridis at {@code t} in [0, 1], dark purple to yellow, for a colour scale such as a heat map's, where the
     * filled cells carry the yellow end well; {@code t} outside [0, 1] takes the nearer end.
     */
    public static Color viridis(double t) {
        double position = Math.max(0.0, Math.min(1.0, t)) * (VIRIDIS.length - 1);
        int low = Math.min((int) Math.floor(position), VIRIDIS.length - 2);
        double f = position - low;
        Color a = VIRIDIS[low];
        Color b = VIRIDIS[low + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** The colour of the series named {@code name}, drawn {@code index}-th among its chart's series. */
    /** Whether {@code name} has a colour of its own (an activation's), rather than one from the cycle. */
    public static boolean hasOwnColour(String name) {
        return NAMED.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public static Color colour(String name, int index) {
        Color named = NAMED.get(name.toLowerCase(Locale.ROOT));
        return named != null ? named : CYCLE[Math.floorMod(index, CYCLE.length)];
    }

    /**
     * {@code colour} mixed with white, {@code strength} of it kept (0 white, 1 the colour itself): a fill light enough
     * for marks in the full colour to show on it.
     */
    public static Color tint(Color colour, double strength) {
        return new Color((int) Math.round(255 + strength * (colour.getRed() - 255)),
                (int) Math.round(255 + strength * (colour.getGreen() - 255)),
                (int) Math.round(255 + strength * (colour.getBlue() - 255)));
    }
}
