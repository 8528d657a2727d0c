package org.backproplab.experiments.study;

/** Counts in words for titles and reports, singular when there is one: "1 hidden layer", "3 seeds". */
public final class Counts {
    private Counts() {
    }

    public static String hiddenLayers(int depth) {
        return depth + (depth == 1 ? " hidden layer" : " hidden layers");
    }

    public static String epochs(int epochs) {
        return epochs + (epochs == 1 ? " epoch" : " epochs");
    }

    /** "depths 1 to 10", "depths 2, 4, 8", "depth 3": the depths a grid has, as a title says them. */
    public static String depths(java.util.List<Integer> depths) {
        if (depths.size() == 1) {
            return "depth " + depths.get(0);
        }
        boolean consecutive = true;
        for (int i = 1; i < depths.size(); i++) {
            consecutive &= depths.get(i) == depths.get(i - 1) + 1;
        }
        return "depths " + (consecutive ? depths.get(0) + " to " + depths.get(depths.size() - 1)
                : String.join(", ", depths.stream().map(String::valueOf).toList()));
    }

    public static String seeds(int seeds) {
        return seeds + (seeds == 1 ? " seed" : " seeds");
    }

    /**
     * What a figure's values are over the seeds: "mean of 3 seeds" (", band +/- 1 sd" if {@code band}), or "1 seed",
     * where a mean and a band would say nothing.
     */
    public static String meanOf(int seeds, boolean band) {
        return seeds == 1 ? "1 seed" : "mean of " + seeds + " seeds" + (band ? ", band +/- 1 sd" : "");
    }
}
