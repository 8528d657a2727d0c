package org.backproplab.reporting;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * The project's colours. An activation keeps its colour in every figure (sigmoid is always orange, ReLU always
 * blue), so a reader who has learned one chart reads the next at a glance; any other series takes a colour of a
 * fixed cycle of ten categorical colours (Tableau 10). Which series takes which is {@link Colours}'s business: the
 * same name must keep its colour in every figure of an experiment.
 */
public final class Palette {
    /**
     * The cycle for series that have no colour of their own: Tableau 10 (Stone's palette for categories), whose ten
     * hues stay apart on white, also for the common forms of colour blindness; its faint yellow and grey come last.
     * Viridis shades are for ordered series only: as categories, eight of them could not be told apart.
     */
    private static final Color[] CYCLE = {
        new Color(0x4E79A7), // blue
        new Color(0xF28E2B), // orange
        new Color(0xE15759), // red
        new Color(0x76B7B2), // teal
        new Color(0x59A14F), // green
        new Color(0xB07AA1), // purple
        new Color(0x9C755F), // brown
        new Color(0xFF9DA7), // pink
        new Color(0xEDC948), // yellow
        new Color(0xBAB0AC), // grey
    };

    /** How many colours the cycle has: the {@code n}-th series after that repeats a colour and needs a dash. */
    public static final int CYCLE_LENGTH = CYCLE.length;

    // Okabe and Ito's blue, orange, green and black: the exercise's three activations and the identity.
    private static final Color OKABE_BLUE = new Color(0x0072B2);
    private static final Color OKABE_ORANGE = new Color(0xE69F00);
    private static final Color OKABE_GREEN = new Color(0x009E73);

    /**
     * Every activation's own colour: the three of the exercise in the Okabe-Ito blue, orange and green, the rest
     * from Kelly's list of maximally distinct colours, so that a figure of the whole ReLU family stays readable.
     */
    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("sigmoid", OKABE_ORANGE),
            Map.entry("tanh", OKABE_GREEN),
            Map.entry("relu", OKABE_BLUE),
            Map.entry("identity", Color.BLACK),
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

    /** Whether {@code name} has a colour of its own (an activation's), rather than one from the cycle. */
    public static boolean hasOwnColour(String name) {
        return NAMED.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The colour of the series named {@code name}: its own if it is an activation, else the cycle's {@code index}-th. */
    public static Color colour(String name, int index) {
        Color named = NAMED.get(name.toLowerCase(Locale.ROOT));
        return named != null ? named : cycle(index);
    }

    /** The cycle's {@code index}-th colour, from the start again after {@link #CYCLE_LENGTH}. */
    public static Color cycle(int index) {
        return CYCLE[Math.floorMod(index, CYCLE.length)];
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
