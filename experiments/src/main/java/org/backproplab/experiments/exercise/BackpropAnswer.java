package org.backproplab.experiments.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Item 4: back-propagation, step by step. The seeds' 2-2-2 network traced on the engine (its error before, after
 * one update and after 10,000, each weight's change), the XOR step under two conventions, the step-through pages;
 * and, as an appendix, every figure the seeds print checked against its own formula.
 */
final class BackpropAnswer {
    static final String TRACE = "backprop-trace";
    /** The step-through pages, copied beside the write-up: a student opens them from the handed-in folder. */
    static final List<String> PAGES = List.of("step-through.html", "xor-step-through.html");

    private BackpropAnswer() {
    }

    static List<String> answer(ExerciseResults r) {
        Published trace = r.study(TRACE);
        CsvTable steps = trace.table("trace.csv");
        CsvTable.Row start = steps.one(x -> x.whole("step") == 0, "step 0");
        CsvTable.Row one = steps.one(x -> x.whole("step") == 1, "step 1");
        CsvTable.Row last = steps.rows().stream().max(Comparator.comparingInt(x -> x.whole("step"))).orElseThrow();
        List<String> weights = steps.header().stream().filter(h -> h.matches("[wb]\\d+")).toList();
        String moved = weights.stream().max(Comparator.comparingDouble(w -> Math.abs(one.number(w)
                - start.number(w)))).orElseThrow();
        List<String> out = new ArrayList<>();
        String printed = trace.table("seed-figures.csv").where(x -> x.is("figure", "E_total after 1 update"))
                .stream().findFirst().map(x -> x.is("verdict", "EXACT") ? "" : " (the seed prints " + x.text("printed")
                        + "; the appendix says why it differs)").orElse("");
        out.add(String.format(Locale.ROOT, "**One step on the slides' 2-2-2 sigmoid network** (learning rate 0.5, "
                + "the seed's weights): the forward pass gives outputs %.9f and %.9f and a total error E = %.9f; "
                + "back-propagation and one update of every weight bring E to %.9f%s; after %d updates E = %.4e and "
                + "the outputs are %.6f and %.6f against targets 0.01 and 0.99. The largest change of the first "
                + "update is %s's (%.9f to %.9f). The diagrams below carry every net, out, dE/dout, delta, "
                + "dE/dw and updated weight of that first step, as the slides draw the network.",
                start.number("out_o1"), start.number("out_o2"), start.number("total_error"),
                one.number("total_error"), printed, last.whole("step"), last.number("total_error"), last.number("out_o1"),
                last.number("out_o2"), moved, start.number(moved), one.number(moved)));
        CsvTable xor = trace.table("xor-trace.csv");
        List<String> conventions = xor.distinct("convention");
        if (conventions.size() == 2) {
            List<CsvTable.Row> a = xor.where(Runs.at("convention", conventions.get(0)));
            List<CsvTable.Row> b = xor.where(Runs.at("convention", conventions.get(1)));
            long differ = a.stream().filter(x -> b.stream().anyMatch(y -> y.is("param", x.text("param"))
                    && y.number("after") != x.number("after"))).count();
            out.add(String.format(Locale.ROOT, "**The XOR tutorial's step** (2-3-1, identity units, all weights 1, "
                    + "rate 0.1), under the %s convention and under %s, side by side in the XOR figure: they "
                    + "disagree on %d of the %d parameters after the step; the seed's wrong figures are boxed in "
                    + "red and listed in the appendix.", conventions.get(0), conventions.get(1), differ, a.size()));
        }
        out.add("**Step through it yourself**: [step-through.html](step-through.html) (the 2-2-2 network, every "
                + "recorded update) and [xor-step-through.html](xor-step-through.html) are self-contained pages: "
                + "a slider over the steps, the forward, backward and update views of the network, the loss with "
                + "the current step marked, and the exact values (the same numbers as the trace's CSV files).");
        return out;
    }

    static List<String> stepHeader() {
        return List.of("weight", "connects", "w", "dE/dw", "w+ = w - 0.5 dE/dw");
    }

    /**
     * Every weight's first update on the 2-2-2 network, from the step-through page's own table (trace-steps.csv),
     * named as the slides name them: w1..w4 from the inputs, w5..w8 to the outputs, w(2j + i + 1) within a layer.
     */
    static List<List<String>> stepRows(ExerciseResults r) {
        CsvTable steps = r.study(TRACE).table("trace-steps.csv");
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row w : steps.where(x -> x.whole("step") == 0 && x.is("quantity", "w"))) {
            int layer = w.whole("layer");
            int i = w.whole("i");
            int j = w.whole("j");
            java.util.function.Function<String, String> value = q -> steps.one(x -> x.whole("step") == 0
                    && x.is("quantity", q) && x.whole("layer") == layer && x.whole("i") == i && x.whole("j") == j,
                    q + " of weight " + layer + "," + i + "," + j).text("value");
            // To the slides' nine decimals, which the seed prints its weights with.
            java.util.function.Function<String, String> nine = t -> String.format(Locale.ROOT, "%.9f",
                    Double.parseDouble(t));
            rows.add(List.of("w" + (layer * 4 + j * 2 + i + 1), (layer == 0 ? "i" : "h") + (i + 1) + " -> "
                    + (layer == 0 ? "h" : "o") + (j + 1), nine.apply(w.text("value")), nine.apply(value.apply("dE/dw")),
                    nine.apply(value.apply("w+"))));
        }
        rows.sort(Comparator.comparing(x -> Integer.parseInt(x.get(0).substring(1))));
        return rows;
    }

    /** The appendix: how many printed figures are exact, rounded or wrong, and every one that is not exact. */
    static String appendixSummary(ExerciseResults r) {
        CsvTable figures = r.study(TRACE).table("seed-figures.csv");
        Map<String, Long> counts = figures.rows().stream().collect(Collectors.groupingBy(x -> x.text("verdict"),
                java.util.TreeMap::new, Collectors.counting()));
        return "Every figure the two seeds print, recomputed from the formula printed beside it: "
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(
                        ", ")) + " (EXACT: equal to the printed digits; ROUNDED: within the last printed digit's "
                + "rounding; WRONG: further off, with the reason). Where the seed and the exact computation "
                + "disagree, the exact value is right, for the reason given: the engine reproduces the seed's "
                + "formulas, and DL4J and finite differences agree with it (gradient-check).";
    }

    static List<String> appendixHeader() {
        return List.of("seed", "figure", "printed", "exact", "verdict", "why");
    }

    static List<List<String>> appendixRows(ExerciseResults r) {
        Function<CsvTable.Row, List<String>> row = x -> List.of(x.text("seed"), x.text("figure"), x.text("printed"),
                x.text("exact"), x.text("verdict"), x.text("why"));
        return r.study(TRACE).table("seed-figures.csv").where(x -> !x.is("verdict", "EXACT")).stream().map(row)
                .toList();
    }
}
