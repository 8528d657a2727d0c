package org.backproplab.reporting;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;

/**
 * What makes a drawn chart hard to read, found by looking at the chart as JFreeChart lays it out: the same questions
 * a reader asks of a PNG, asked of every figure the tests write ({@link PngFile} runs this with assertions on).
 * <ul>
 * <li>a series that does not change on an automatically ranged axis (JFreeChart zooms in to noise), and tick
 * labels that repeat, are unreadable ("9.977827E-2"), too few to read a value off, not round on a log axis
 * (0.0501, 0.0631: neither 1-2-5 values nor an even round step apart), or mixed between 10^k and plain values on
 * one axis;</li>
 * <li>more legend entries than a figure can show ({@link #MAX_LEGEND});</li>
 * <li>an x axis that runs past the lines drawn on it, or starts well before them;</li>
 * <li>an axis label longer than its axis, which the image's edge cuts off.</li>
 * </ul>
 */
public final class FigureCheck {
    /** The most entries a legend may have: past that it takes the figure's room, and the caller splits the figure. */
    public static final int MAX_LEGEND = 12;

    /** How far, as a share of the data's span, an x axis may run beyond the lines on it. */
    static final double PAST_DATA = 0.03;

    /** The longest tick label that reads at a glance; "0.000123" is 8 characters. */
    static final int LONGEST_TICK_LABEL = 10;

    private FigureCheck() {
    }

    /** The problems of {@code chart} drawn at 900 x 560, the size of most of the project's figures. */
    public static List<String> problems(JFreeChart chart) {
        return problems(chart, 900, 560);
    }

    /** The problems of {@code chart} drawn at {@code width x height}; empty if there are none. */
    public static List<String> problems(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, info);
            return problems(chart, g2, info);
        } finally {
            g2.dispose();
        }
    }

    /** The problems of {@code chart} as just drawn on {@code g2}, its layout in {@code info}. */
    static List<String> problems(JFreeChart chart, Graphics2D g2, ChartRenderingInfo info) {
        List<String> out = new ArrayList<>();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        legend(chart, out);
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                axis(g2, plot.getDomainAxis(i), plot.getDomainAxisEdge(i), area, "x", xyBounds(plot, true), out);
                pastTheData(plot, plot.getDomainAxis(i), out);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(g2, plot.getRangeAxis(i), plot.getRangeAxisEdge(i), area, "y", xyBounds(plot, false), out);
            }
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            axis(g2, plot.getDomainAxis(), plot.getDomainAxisEdge(), area, "x", null, out);
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(g2, plot.getRangeAxis(i), plot.getRangeAxisEdge(i), area, "y", categoryBounds(plot), out);
            }
        }
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof PaintScaleLegend scale) {
                axis(g2, scale.getAxis(), RectangleEdge.RIGHT, area, "colour scale", null, out);
            }
        }
        return out;
    }

    /** The chart's title, to name it in a message. */
    static String title(JFreeChart chart) {
        TextTitle title = chart.getTitle();
        return title == null ? "" : title.getText();
    }

    private static void legend(JFreeChart chart, List<String> out) {
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof LegendTitle legend && ((Title) legend).isVisible()) {
                int items = 0;
                for (LegendItemSource source : legend.getSources()) {
                    items += source.getLegendItems().getItemCount();
                }
                if (items > MAX_LEGEND) {
                    out.add("the legend has " + items + " entries, more than the " + MAX_LEGEND
                            + " a figure can show: split the figure");
                }
            }
        }
    }

    private static void axis(Graphics2D g2, Axis axis, RectangleEdge edge, Rectangle2D area, String name,
            Range data, List<String> out) {
        if (axis == null || !axis.isVisible()) {
            return;
        }
        String label = axis.getLabel();
        if (label != null && !label.isEmpty()) {
            double width = g2.getFontMetrics(axis.getLabelFont()).stringWidth(label);
            double room = RectangleEdge.isLeftOrRight(edge) ? area.getHeight() : area.getWidth();
            if (width > room) {
                out.add(String.format(Locale.ROOT, "the %s axis label \"%s\" is %.0f px long, longer than its axis "
                        + "(%.0f px): it is cut off", name, label, width, room));
            }
        }
        if (!(axis instanceof ValueAxis value) || axis instanceof SymbolAxis) {
            return;
        }
        if (value.isAutoRange() && data != null && flat(data)) {
            out.add("every value on the " + name + " axis is " + data.getLowerBound() + ", on an automatic range "
                    + "that zooms in to nothing: give it a fixed range");
        }
        if (value.isTickLabelsVisible()) {
            ticks(g2, value, edge, area, name, out);
        }
    }

    private static boolean flat(Range data) {
        double size = Math.max(Math.abs(data.getLowerBound()), Math.abs(data.getUpperBound()));
        return data.getLength() <= 1e-9 * size || data.getLength() == 0.0;
    }

    private static void ticks(Graphics2D g2, ValueAxis axis, RectangleEdge edge, Rectangle2D area, String name,
            List<String> out) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        boolean powers = false;
        boolean plain = false;
        for (Object o : axis.refreshTicks(g2, new AxisState(), area, edge)) {
            ValueTick tick = (ValueTick) o;
            if (tick.getTickType() != TickType.MAJOR) {
                continue;
            }
            String text;
            if (tick instanceof LogTick log) {
                if (log.getAttributedLabel() == null) {
                    continue;
                }
                boolean power = raised(log.getAttributedLabel());
                powers |= power;
                plain |= !power;
                text = text(log.getAttributedLabel());
            } else {
                text = tick.getText();
                if (text == null) {
                    continue;
                }
            }
            labels.add(text);
            values.add(tick.getValue());
        }
        if (labels.size() < 2) {
            out.add("the " + name + " axis has " + labels.size() + " labelled tick" + (labels.size() == 1 ? "" : "s")
                    + ": too few to read a value off");
        }
        if (new HashSet<>(labels).size() < labels.size()) {
            out.add("the " + name + " axis repeats its tick labels: " + labels);
        }
        List<String> unreadable = labels.stream()
                .filter(l -> l.length() > LONGEST_TICK_LABEL || l.matches(".*\\dE-?\\d.*")).toList();
        if (!unreadable.isEmpty()) {
            out.add("the " + name + " axis has tick labels no one reads at a glance: " + unreadable);
        }
        if (axis instanceof LogAxis) {
            if (powers && plain) {
                out.add("the " + name + " log axis mixes 10^k labels with plain ones: " + labels);
            }
            if (!roundTicks(values)) {
                out.add("the " + name + " log axis has ticks at values that are not round: " + values);
            }
        }
    }

    /**
     * Whether a log axis's ticks are values a reader can name: each 1, 2 or 5 times a power of ten, or all an even
     * step apart that is itself 1, 2 or 5 times a power of ten (1.02, 1.04, 1.06). Fractions of a decade
     * (0.0501, 0.0631, 0.0794) are neither.
     */
    static boolean roundTicks(List<Double> ticks) {
        if (ticks.stream().allMatch(FigureCheck::oneTwoFive)) {
            return true;
        }
        List<Double> sorted = ticks.stream().sorted().toList();
        double step = sorted.size() < 2 ? 0 : sorted.get(1) - sorted.get(0);
        if (!oneTwoFive(step)) {
            return false;
        }
        for (int i = 1; i < sorted.size(); i++) {
            double gap = sorted.get(i) - sorted.get(i - 1);
            double multiple = gap / step;
            // An even step, a tick or two possibly missing where a round value already stood.
            if (Math.abs(multiple - Math.rint(multiple)) > 1e-6 * Math.max(1, multiple) || Math.rint(multiple) < 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code v} is 1, 2 or 5 times a power of ten. */
    static boolean oneTwoFive(double v) {
        if (!(v > 0.0) || !Double.isFinite(v)) {
            return false;
        }
        double mantissa = v / Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (Math.abs(mantissa - m) < 1e-6 * m) {
                return true;
            }
        }
        return false;
    }

    /** Whether part of a label is raised: an exponent, as in 10^-3. */
    private static boolean raised(AttributedString label) {
        AttributedCharacterIterator it = label.getIterator();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            if (it.getAttribute(TextAttribute.SUPERSCRIPT) != null) {
                return true;
            }
        }
        return false;
    }

    private static String text(AttributedString label) {
        StringBuilder text = new StringBuilder();
        AttributedCharacterIterator it = label.getIterator();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            text.append(c);
        }
        return text.toString();
    }

    /**
     * An x axis should end where its lines end. Scatter points (a decision boundary's) sit on a plane that may
     * extend beyond them, and bars fill their axis by construction, so only datasets drawn as lines count.
     */
    private static void pastTheData(XYPlot plot, ValueAxis axis, List<String> out) {
        Range data = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) == null || !drawsLines(plot.getRendererForDataset(plot.getDataset(d)))) {
                continue;
            }
            data = Range.combine(data, DatasetUtils.findDomainBounds(plot.getDataset(d), false));
        }
        if (data == null || data.getLength() <= 0.0) {
            return;
        }
        boolean log = axis instanceof LogAxis;
        if (log && !(data.getLowerBound() > 0.0)) {
            return;
        }
        double low = log ? Math.log10(data.getLowerBound()) : data.getLowerBound();
        double high = log ? Math.log10(data.getUpperBound()) : data.getUpperBound();
        double from = log ? Math.log10(axis.getLowerBound()) : axis.getLowerBound();
        double to = log ? Math.log10(axis.getUpperBound()) : axis.getUpperBound();
        double slack = PAST_DATA * (high - low);
        SignificantDigits digits = new SignificantDigits(4);
        if (to > high + slack) {
            out.add("the x axis runs past the data: to " + digits.format(axis.getUpperBound()) + ", where the lines "
                    + "end at " + digits.format(data.getUpperBound()));
        }
        if (from < low - slack) {
            out.add("the x axis starts before the data: at " + digits.format(axis.getLowerBound()) + ", where the "
                    + "lines start at " + digits.format(data.getLowerBound()));
        }
    }

    private static boolean drawsLines(XYItemRenderer renderer) {
        return renderer instanceof XYLineAndShapeRenderer lines && lines.getDefaultLinesVisible();
    }

    private static Range xyBounds(XYPlot plot, boolean domain) {
        Range out = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) != null) {
                out = Range.combine(out, domain ? DatasetUtils.findDomainBounds(plot.getDataset(d), true)
                        : DatasetUtils.findRangeBounds(plot.getDataset(d), true));
            }
        }
        return out;
    }

    private static Range categoryBounds(CategoryPlot plot) {
        Range out = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) != null) {
                out = Range.combine(out, DatasetUtils.findRangeBounds(plot.getDataset(d), true));
            }
        }
        return out;
    }
}
