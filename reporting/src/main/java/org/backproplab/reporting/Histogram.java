package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Histograms of several samples laid over one another, written as a PNG: the activations of layers 1 to 4 of a
 * network, say, as in figure 3 of Glorot and Bengio (2010). Each is a translucent fill under a solid outline, so
 * that where they overlap every sample's shape still shows.
 *
 * <p>All samples share {@code bins} equal bins over [min, max], so their bars line up. A value beyond min or max is
 * counted in the bin at that end, so the counts of a sample add up to its finite values: a pile-up in an end bin
 * is a saturated unit, not a lost one. A value that is not finite is left out and counted in the legend,
 * {@code "layer 4 (3 not finite)"}.
 *
 * <p>Dataset 0 holds the counts (series {@code s} the {@code s}-th sample), dataset 1 the outlines drawn from them.
 *
 * @param sequential colours in the samples' order, dark to light ({@link Palette#sequential}), for ordered samples
 *                   such as layers; otherwise by name ({@link Palette#colour})
 */
public record Histogram(String title, String xLabel, String yLabel, List<Sample> samples, int bins, double min,
        double max, boolean sequential) {

    /** One sample: its name and its values; copied in. */
    public record Sample(String name, double[] values) {
        public Sample {
            Objects.requireNonNull(name, "name");
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException(name + ": a sample needs at least one value");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The finite values, in order. */
        double[] finite() {
            return Arrays.stream(values).filter(Double::isFinite).toArray();
        }

        /** The name, and how many values are not finite if any are: the sample's label in the legend. */
        public String label() {
            int left = values.length - finite().length;
            return left == 0 ? name : name + " (" + left + " not finite)";
        }
    }

    // Light enough that four or five samples laid over one another still show the ones beneath.
    private static final int FILL_ALPHA = 55;
    private static final BasicStroke OUTLINE = new BasicStroke(2.0f);

    /** The most bins: finer than a pixel or two a bin at 900 pixels is noise. */
    public static final int MAX_BINS = 400;

    public Histogram {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(title + ": a histogram needs at least one sample");
        }
        Set<String> names = new HashSet<>();
        for (Sample sample : samples) {
            if (!names.add(sample.name())) {
                throw new IllegalArgumentException(title + ": two samples named " + sample.name());
            }
        }
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException(title + ": bins must be in [1, " + MAX_BINS + "], got " + bins);
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(title + ": the bins need finite min < max, got " + min + " to " + max);
        }
    }

    /** Renders the chart and writes it to {@code file} as a {@code width x height} PNG, creating folders. */
    public void writePng(Path file, int width, int height) throws IOException {
        ChartStyle.writePng(toChart(), file, width, height);
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    public JFreeChart toChart() {
        HistogramDataset counts = new HistogramDataset();
        XYSeriesCollection outlines = new XYSeriesCollection();
        XYBarRenderer fills = new XYBarRenderer(0.0);
        XYStepRenderer steps = new XYStepRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            // JFreeChart would put a NaN in the last bin; only finite values go in.
            counts.addSeries(sample.label(), sample.finite(), bins, min, max);
            outlines.addSeries(outline(counts, s));
            Color colour = sequential ? Palette.sequential(s, samples.size()) : Palette.colour(sample.name(), s);
            Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FILL_ALPHA);
            fills.setSeriesPaint(s, fill);
            steps.setSeriesPaint(s, colour);
            steps.setSeriesStroke(s, OUTLINE);
            // The legend shows a swatch as the plot does, fill and outline: a fill alone is too pale to match.
            legend.add(new LegendItem(sample.label(), null, null, null, new Rectangle(-7, -7, 14, 14), fill, OUTLINE,
                    colour));
        }
        fills.setBarPainter(new StandardXYBarPainter());
        fills.setShadowVisible(false);
        fills.setDrawBarOutline(false);

        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(min, max);
        NumberAxis y = new NumberAxis(yLabel);
        ChartStyle.axes(x, y);

        XYPlot plot = new XYPlot(counts, x, y, fills);
        plot.setDataset(1, outlines);
        plot.setRenderer(1, steps);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.roomForLastTick(chart);
        return chart;
    }

    /**
     * The outline of series {@code s}: its bars' tops as steps, down to zero at both ends so the shape is closed. A
     * bar's own outline would draw a line between every two bars, which over several samples reads as a grid.
     */
    private XYSeries outline(HistogramDataset counts, int s) {
        XYSeries line = new XYSeries(samples.get(s).name(), false, true);
        line.add(min, 0.0);
        for (int b = 0; b < bins; b++) {
            line.add(counts.getStartXValue(s, b), counts.getYValue(s, b));
        }
        line.add(max, counts.getYValue(s, bins - 1));
        line.add(max, 0.0);
        return line;
    }
}
