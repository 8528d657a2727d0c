package org.backproplab.experiments.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.reporting.Histogram;

/**
 * The distribution of every hidden layer's outputs (Glorot and Bengio 2010, figures 3 and 4): a sigmoid layer piled
 * up at 0 and 1, or a tanh one at -1 and 1, is saturated.
 *
 * <p>A ReLU layer's silent units give exact zeros, often most of its outputs: one bar that would flatten the rest,
 * so when they are the majority they are counted in the legend instead of drawn. The range runs from the smallest
 * value drawn to the 99.5th percentile, so that ReLU's long tail does not squeeze the rest into one bar either
 * (what lies beyond is counted in the last bin).
 */
public final class LayerHistogram {
    private LayerHistogram() {
    }

    /** @param outputs {@code outputs[layer]}: every unit's output on every sample, layer 0 nearest the input */
    public static Histogram of(String title, String xLabel, String yLabel, double[][] outputs) {
        List<Histogram.Sample> samples = new ArrayList<>();
        for (int l = 0; l < outputs.length; l++) {
            double[] out = outputs[l];
            double[] nonZero = Arrays.stream(out).filter(v -> v != 0.0).toArray();
            if (nonZero.length < 0.9 * out.length && nonZero.length > 0) {
                samples.add(new Histogram.Sample(String.format("hidden layer %d (%.0f%% exactly 0, not drawn)",
                        l + 1, 100.0 * (out.length - nonZero.length) / out.length), nonZero));
            } else {
                samples.add(new Histogram.Sample("hidden layer " + (l + 1), out));
            }
        }
        double[] all = samples.stream().flatMapToDouble(s -> Arrays.stream(s.values())).filter(Double::isFinite)
                .sorted().toArray();
        double min = all.length == 0 ? 0 : all[0];
        double max = all.length == 0 ? 1 : all[(int) Math.floor(0.995 * (all.length - 1))];
        return new Histogram(title, xLabel, yLabel, samples, 50, min, max > min ? max : min + 1, true);
    }
}
