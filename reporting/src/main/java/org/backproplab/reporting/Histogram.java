package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
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
 * Histograms of a few samples laid over one another, written as a PNG: the errors of two comparisons, say. Each is
 * a translucent fill under a solid outline, so that where they overlap every sample's shape still shows; past
 * {@link #MAX_OVERLAID} samples the fills turn to mud, so more are refused: draw one histogram per sample, side by
 * side on a {@link ContactSheet}, as for the layers of a network.
 *
 * <p>All samples share {@code bins} equal bins over [min, max], so their bars line up, and the y axis says how wide
 * a bin is ("cases per bin of 0.5"), so that no title can claim other bins than the chart draws. A value beyond
 * min or max is not drawn: piled into the end bin it would be a spike that looks like data. The legend counts what
 * was left out, {@code "layer 4 (3 not finite, 12 above 4.2, not drawn)"}.
 *
 * <p>Dataset 0 holds the counts (series {@code s} the {@code s}-th sample), dataset 1 the outlines drawn from them.
 *
 * @param colours which colour each sample takes: {@link Colours#ordered} for ordered samples such as layers
 */
public record Histogram(String title, String xLabel, String yLabel, List<Sample> samples, int bins, double min,
        double max, Colours colours) implements Chart {

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

        /** The finite values within [min, max], the ones drawn. */
        double[] within(double min, double max) {
            return Arrays.stream(values).filter(v -> v >= min && v <= max).toArray();
        }

        /** The name, and how many values are not finite if any are. */
        public String label() {
            int left = values.length - finite().length;
            return left == 0 ? name : name + " (" + left + " not finite)";
        }

        /** The name, and every value not drawn over [min, max]: not finite, below min, above max. */
        public String label(double min, double max) {
            List<String> notes = new ArrayList<>();
            int notFinite = values.length - finite().length;
            long below = Arrays.stream(values).filter(v -> v < min).count();
            long above = Arrays.stream(values).filter(v -> v > max && Double.isFinite(v)).count();
            below -= Arrays.stream(values).filter(v -> v == Double.NEGATIVE_INFINITY).count();
            SignificantDigits digits = new SignificantDigits(3);
            if (notFinite > 0) {
                notes.add(notFinite + " not finite");
            }
            if (below > 0) {
                notes.add(below + " below " + digits.format(min));
            }
            if (above > 0) {
                notes.add(above + " above " + digits.format(max));
            }
            return notes.isEmpty() ? name : name + " (" + String.join(", ", notes) + ", not drawn)";
        }
    }

    // Light enough that a few samples laid over one another still show the ones beneath.
    private static final int FILL_ALPHA = 55;
    private static final BasicStroke OUTLINE = new BasicStroke(2.0f);

    /** The most bins: finer than a pixel or two a bin at 900 pixels is noise. */
    public static final int MAX_BINS = 400;

    /** The most samples one histogram overlays. */
    public static final int MAX_OVERLAID = 4;

    /** Coloured by name ({@code sequential}: dark to light in the samples' order, for ordered samples). */
    public Histogram(String title, String xLabel, String yLabel, List<Sample> samples, int bins, double min,
            double max, boolean sequential) {
        this(title, xLabel, yLabel, samples, bins, min, max, sequential ? Colours.ordered() : Colours.byName());
    }

    public Histogram {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(colours, "colours");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(title + ": a histogram needs at least one sample");
        }
        if (samples.size() > MAX_OVERLAID) {
            throw new IllegalArgumentException(title + ": " + samples.size() + " samples, more than the "
                    + MAX_OVERLAID + " one histogram can overlay; draw one histogram per sample on a contact sheet");
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

    /** The width of one bin. */
    public double binWidth() {
        return (max - min) / bins;
    }

    /** The y axis's label: {@code yLabel} and the bins' width, "cases per bin of 0.5". */
    public String yAxisLabel() {
        return yLabel + " per bin of " + new SignificantDigits(3).format(binWidth());
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    @Override
    public JFreeChart toChart() {
        HistogramDataset counts = new HistogramDataset();
        XYSeriesCollection outlines = new XYSeriesCollection();
        XYBarRenderer fills = new XYBarRenderer(0.0);
        XYStepRenderer steps = new XYStepRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        double highest = 0;
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            String label = sample.label(min, max);
            // JFreeChart would put a NaN in the last bin and anything beyond the range in the end bins.
            counts.addSeries(label, sample.within(min, max), bins, min, max);
            outlines.addSeries(outline(counts, s));
            for (int b = 0; b < bins; b++) {
                highest = Math.max(highest, counts.getYValue(s, b));
            }
            Color colour = colours.of(sample.name(), s, samples.size());
            Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FILL_ALPHA);
            fills.setSeriesPaint(s, fill);
            steps.setSeriesPaint(s, colour);
            steps.setSeriesStroke(s, OUTLINE);
            // The legend shows a swatch as the plot does, fill and outline: a fill alone is too pale to match.
            legend.add(new LegendItem(label, null, null, null, new Rectangle(-7, -7, 14, 14), fill, OUTLINE, colour));
        }
        fills.setBarPainter(new StandardXYBarPainter());
        fills.setShadowVisible(false);
        fills.setDrawBarOutline(false);

        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(min, max);
        NumberAxis y = new NumberAxis(yAxisLabel());
        if (highest == 0) {
            // Nothing fell in the range: an empty chart with an axis still worth reading.
            y.setRange(0, 1);
        }
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
