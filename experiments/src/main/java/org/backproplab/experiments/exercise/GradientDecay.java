package org.backproplab.experiments.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * How fast the gradient vanishes, measured: the first hidden layer's {@code |dJ/dW|} at initialization of networks
 * of several depths, one (activation, initialization) pair at a time. The log of that gradient falls on a straight
 * line in depth when every layer multiplies it by the same factor, so the factor is {@code e^slope} of a least-squares
 * line through every seed's point, and the slope's t-test says whether it differs from 1 beyond the seeds' spread.
 *
 * <p>Why across depths and not layer by layer within one network: a layer's weight gradient is out(l-1) times
 * delta(l), and where the forward signal shrinks with the layers too (ReLU or tanh under the standard
 * initialization) the two shrinkages cancel between the first and the last layer of one network, while the whole
 * network's gradient shrinks with its depth. The first layer of a deeper network shows what the depth does.
 *
 * @param points     how many (depth, seed) networks the line goes through
 * @param depths     the depths measured
 * @param factor     the measured change of the gradient's size per added layer, {@code e^slope}
 * @param low        the 95% interval of the factor
 * @param high       its upper end
 * @param p          the two-sided p-value of the slope's t-test against 0 (a factor of 1)
 */
public record GradientDecay(String activation, String init, int points, List<Integer> depths, double factor,
        double low, double high, double p) {

    /** Every pair of the rows' grid, in the order the table gives them, from the epoch-0 rows of a runs.csv. */
    public static List<GradientDecay> of(CsvTable runs) {
        Map<String, SimpleRegression> lines = new LinkedHashMap<>();
        Map<String, List<Integer>> depths = new LinkedHashMap<>();
        for (CsvTable.Row r : runs.where(r -> r.whole("epoch") == 0)) {
            double g = r.number("first_layer_gradient");
            if (!(g > 0) || Double.isInfinite(g)) {
                continue; // a network whose gradient is 0 or not finite at the start has no point on the line
            }
            String key = r.text("activation") + "\u0000" + r.text("init");
            lines.computeIfAbsent(key, k -> new SimpleRegression()).addData(r.whole("depth"), Math.log(g));
            List<Integer> d = depths.computeIfAbsent(key, k -> new ArrayList<>());
            if (!d.contains(r.whole("depth"))) {
                d.add(r.whole("depth"));
            }
        }
        List<GradientDecay> out = new ArrayList<>();
        lines.forEach((key, line) -> {
            String[] pair = key.split("\u0000");
            if (depths.get(key).size() < 2 || line.getN() < 3) {
                return; // no line through one depth, and no interval through two points
            }
            double slope = line.getSlope();
            double half = line.getSlopeConfidenceInterval(0.05);
            out.add(new GradientDecay(pair[0], pair[1], (int) line.getN(), List.copyOf(depths.get(key)),
                    Math.exp(slope), Math.exp(slope - half), Math.exp(slope + half), line.getSignificance()));
        });
        return out;
    }

    /** How many layers make the gradient 100 times smaller (or larger), or infinity at a factor of exactly 1. */
    public double layersPerHundredfold() {
        return Math.abs(Math.log(100) / Math.log(factor));
    }

    /**
     * The verdict at {@code depth} layers: the gradient reaching the first layer changes by {@code factor^depth};
     * "vanishes" below 1/100, "explodes" above 100, else "holds".
     */
    public String verdict(int depth) {
        double change = Math.pow(factor, depth);
        return change < 0.01 ? "vanishes" : change > 100 ? "explodes" : "holds";
    }
}
