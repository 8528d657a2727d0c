package org.backproplab.reporting;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Which colour each series of a figure takes. The rule a reader relies on: a name keeps its colour in every figure
 * of an experiment. An activation has its own colour everywhere ({@link Palette}); any other name takes the colour
 * of its place in a list the experiment gives once and passes to each of its figures, so that a network that is
 * blue in one figure is blue in the next even when the next shows fewer series. A name in no list falls back to its
 * place in the figure, which keeps that rule only between figures of the same series in the same order.
 *
 * <p>A series is coloured by its <em>key</em>: its name, or the part of it before ", " or ": " when that part has a
 * colour ("sigmoid, matched" is sigmoid's, "2-2-2 sigmoid: DL4J" the network's), so that variants of one thing share
 * its colour and differ by dash or marker.
 */
public sealed interface Colours permits Colours.Categories, Colours.Ordered {

    /** The colour of the series named {@code name}, the {@code index}-th of {@code count} in its figure. */
    Color of(String name, int index, int count);

    /** Whether {@code name} has a colour whatever its place in a figure. */
    boolean knows(String name);

    /** The part of {@code name} that picks its colour: see the class comment. */
    default String key(String name) {
        for (String separator : List.of(", ", ": ")) {
            int at = name.indexOf(separator);
            if (at > 0 && knows(name.substring(0, at))) {
                return name.substring(0, at);
            }
        }
        return name;
    }

    /** Activations in their own colours, every other name in the cycle's colour of its place in {@code names}. */
    static Colours categories(List<String> names) {
        return new Categories(names);
    }

    /** Categories with no list: activations in their own colours, anything else by its place in the figure. */
    static Colours byName() {
        return new Categories(List.of());
    }

    /**
     * For names that have an order (depth 1, 2, 4; hidden layer 1 to 8): dark to light by place in {@code names},
     * so the eye reads the order without the legend.
     */
    static Colours ordered(List<String> names) {
        return new Ordered(names);
    }

    /** Ordered by place in the figure. */
    static Colours ordered() {
        return new Ordered(List.of());
    }

    /** Categorical colours. */
    record Categories(List<String> names) implements Colours {
        public Categories {
            names = List.copyOf(names);
        }

        @Override
        public Color of(String name, int index, int count) {
            Objects.requireNonNull(name, "name");
            String key = key(name);
            if (Palette.hasOwnColour(key)) {
                return Palette.colour(key, index);
            }
            int place = names.indexOf(key);
            return Palette.cycle(place >= 0 ? place : index);
        }

        @Override
        public boolean knows(String name) {
            return Palette.hasOwnColour(name) || names.contains(name);
        }
    }

    /** Sequential colours: viridis from dark purple to green, by place. */
    record Ordered(List<String> names) implements Colours {
        public Ordered {
            names = List.copyOf(names);
        }

        @Override
        public Color of(String name, int index, int count) {
            int place = names.indexOf(key(name));
            return place >= 0 ? Palette.sequential(place, names.size()) : Palette.sequential(index, count);
        }

        @Override
        public boolean knows(String name) {
            return names.contains(name);
        }
    }
}
