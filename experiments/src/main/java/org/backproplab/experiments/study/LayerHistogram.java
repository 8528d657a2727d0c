package org.backproplab.experiments.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.reporting.Chart;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.Histogram;

/**
 * The distribution of every hidden layer's outputs (Glorot and Bengio 2010, figures 3 and 4): a sigmoid layer piled
 * up at 0 and 1, or a tanh one at -1 and 1, is saturated. One panel per layer, all on the same bins, so the eye
 * compares shapes panel by panel: eight translucent histograms laid over one another could not be told apart.
 *
 * <p>A ReLU layer's silent units give exact zeros, often most of its outputs: one bar that would flatten the rest,
 * so when they are more than a tenth they are left out and the panel's title says how many. The bins run from the
 * smallest value drawn to the largest, or to the 99.5th percentile when the last half percent would stretch the
 * axis by half again, so that ReLU's long tail does not squeeze the rest into one bar; what lies beyond is not
 * drawn, and each panel's legend counts it. A bounded activation keeps its whole range: a sigmoid's pile-up near 1
 * is the saturation the figure is for.
 */
public final class LayerHistogram {
    /** Bins over the range, about: the width is rounded to 1, 2 or 5 times a power of ten. */
    private static final int BINS = 50;

    private static final int PANEL_HEIGHT = 250;

    private LayerHistogram() {
    }

    /** Writes {@code sheet}, from {@link #of}, to {@code file} at its {@link #sized size}. */
    public static void writePng(ContactSheet sheet, Path file) throws IOException {
        sized(sheet).writePng(file);
    }

    /** {@code sheet}, from {@link #of}, as a report's figure: two panels a row, each about 500 x 250 pixels. */
    public static Figure sized(ContactSheet sheet) {
        return sheet.sized(sheet.columns() == 1 ? 700 : 1000, 70 + PANEL_HEIGHT * sheet.rows());
    }

    /**
     * The sheet of one histogram per layer.
     *
     * @param outputs {@code outputs[layer]}: every unit's output on every sample, layer 0 nearest the input
     */
    public static ContactSheet of(String title, String xLabel, double[][] outputs) {
        List<String> names = new ArrayList<>();
        List<double[]> drawn = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int l = 0; l < outputs.length; l++) {
            double[] out = outputs[l];
            double[] nonZero = Arrays.stream(out).filter(v -> v != 0.0).toArray();
            String name = "hidden layer " + (l + 1);
            names.add(name);
            if (nonZero.length < 0.9 * out.length && nonZero.length > 0) {
                drawn.add(nonZero);
                titles.add(String.format("%s (%.0f%% exactly 0, not drawn)", name,
                        100.0 * (out.length - nonZero.length) / out.length));
            } else {
                drawn.add(out);
                titles.add(name);
            }
        }
        double[] all = drawn.stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        double min = all.length == 0 ? 0 : all[0];
        double max = all.length == 0 ? 1 : all[all.length - 1];
        double tail = all.length == 0 ? max : all[(int) Math.floor(0.995 * (all.length - 1))];
        if (max - tail > 0.5 * (tail - min)) {
            // The last half percent would stretch the axis by half again: a long tail (ReLU's), cut and counted.
            max = tail;
        }
        if (!(max > min)) {
            max = min + 1;
        }
        double width = niceWidth((max - min) / BINS);
        double from = Math.floor(min / width) * width;
        int bins = (int) Math.min(Histogram.MAX_BINS, Math.max(1, Math.ceil((max - from) / width - 1e-9)));
        double to = from + bins * width;
        Colours colours = Colours.ordered(names);
        List<Chart> panels = new ArrayList<>();
        for (int l = 0; l < outputs.length; l++) {
            panels.add(new Histogram(titles.get(l), xLabel, "count", List.of(new Histogram.Sample(names.get(l),
                    drawn.get(l))), bins, from, to, colours));
        }
        return new ContactSheet(title, panels, Math.min(2, panels.size()));
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code width}. */
    static double niceWidth(double width) {
        double power = Math.pow(10, Math.floor(Math.log10(width)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= width * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
