package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColoursTest {
    private static final double[] X = {1, 2};

    private static List<Color> colours(LineChart chart) {
        return chart.seriesColours();
    }

    @Test
    void aNetworkKeepsItsColourInEveryFigureWhateverTheOthers() {
        Colours networks = Colours.categories(List.of("2-2-2 sigmoid", "4-16-16-3 tanh", "8-32x3-4 relu"));
        LineChart curves = new LineChart("curves", "step", "loss", List.of(Series.of("2-2-2 sigmoid: engine", X, X),
                Series.points("2-2-2 sigmoid: DL4J", X, X), Series.of("8-32x3-4 relu: engine", X, X)), Scale.LOG,
                true).withColours(networks);
        LineChart differences = new LineChart("differences", "step", "difference", List.of(
                Series.of("8-32x3-4 relu", X, X), Series.of("4-16-16-3 tanh", X, X)), Scale.LOG, true)
                .withColours(networks);
        assertEquals(colours(curves).get(0), colours(curves).get(1), "the engine's line and DL4J's dots");
        assertEquals(colours(curves).get(2), colours(differences).get(0), "relu's network in both figures");
        assertNotEquals(colours(differences).get(0), colours(differences).get(1));
    }

    @Test
    void activationsKeepTheirOwnColourAndOrderedNamesRunDarkToLight() {
        assertEquals(Palette.colour("relu", 0), Colours.categories(List.of("x")).of("relu, lr 0.1", 7, 9));
        Colours layers = Colours.ordered(List.of("hidden layer 1", "hidden layer 2", "hidden layer 3"));
        assertEquals(Palette.sequential(2, 3), layers.of("hidden layer 3", 0, 1));
    }

    @Test
    void theCycleHasTenDistinctColoursThenDashes() {
        Set<Color> cycle = new HashSet<>();
        for (int i = 0; i < Palette.CYCLE_LENGTH; i++) {
            cycle.add(Palette.cycle(i));
        }
        assertEquals(10, cycle.size());
        List<Series> twelve = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twelve.add(Series.of("run " + i, X, X));
        }
        LineChart chart = new LineChart("t", "x", "y", twelve, Scale.LINEAR, false);
        assertEquals(0, chart.variant(9));
        assertEquals(1, chart.variant(10), "the 11th series repeats the first colour, dashed");
    }
}
