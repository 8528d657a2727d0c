package org.backproplab.experiments.usersweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backproplab.reporting.FigureCheck;

/**
 * A grid's lines split into panels, as seaborn's FacetGrid does, so that no panel holds more lines than a legend
 * can show ({@link FigureCheck#MAX_LEGEND}). Each line is named by its parts, one per swept axis ("relu",
 * "depth 2", "lr 0.1"); the panels are the values of the first {@code k} parts, for the smallest {@code k} that
 * leaves every panel few enough lines, and each line is named in its panel by the parts that are left.
 *
 * @param <T> what a line is drawn from
 */
record Facets<T>(List<Facet<T>> facets) {

    /** One panel: its title (empty when there is one panel of every line) and its lines, by name. */
    record Facet<T>(String title, List<String> names, List<T> items) {
        Facet {
            names = List.copyOf(names);
            items = List.copyOf(items);
        }
    }

    Facets {
        facets = List.copyOf(facets);
    }

    static <T> Facets<T> of(List<T> items, Function<T, List<String>> parts) {
        int most = items.stream().mapToInt(i -> parts.apply(i).size()).max().orElse(0);
        for (int k = 0; k <= most; k++) {
            Map<String, List<T>> byPanel = new LinkedHashMap<>();
            for (T item : items) {
                byPanel.computeIfAbsent(join(head(parts.apply(item), k)), p -> new ArrayList<>()).add(item);
            }
            if (byPanel.values().stream().allMatch(l -> l.size() <= FigureCheck.MAX_LEGEND)) {
                List<Facet<T>> out = new ArrayList<>();
                final int kept = k;
                byPanel.forEach((title, mine) -> out.add(new Facet<>(title, mine.stream()
                        .map(i -> name(parts.apply(i), kept)).toList(), mine)));
                return new Facets<>(out);
            }
        }
        throw new IllegalStateException("lines with the same name: " + items.size() + " lines");
    }

    /** Whether all lines fit in one panel. */
    boolean single() {
        return facets.size() == 1;
    }

    /** Every line's name, each once, in the order met: one colour each, the same in every panel. */
    List<String> names() {
        return facets.stream().flatMap(f -> f.names().stream()).distinct().toList();
    }

    private static List<String> head(List<String> parts, int k) {
        return parts.subList(0, Math.min(k, parts.size()));
    }

    /** A line's name in its panel: the parts after the panel's, or all of them if none are left. */
    private static String name(List<String> parts, int k) {
        return k < parts.size() ? join(parts.subList(k, parts.size())) : join(parts);
    }

    private static String join(List<String> parts) {
        return String.join(", ", parts);
    }
}
