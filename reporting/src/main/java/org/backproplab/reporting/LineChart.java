package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A line chart written as a PNG: one line per {@link Series}, each with its shaded band where the series has one
 * (mean +/- one standard deviation across seeds, say). Rendered headless: no display is needed, so it runs in CI.
 *
 * <p>On a {@link Scale#LOG} axis, points whose value is zero, negative or not finite cannot be drawn and are
 * left out (a loss of exactly 0, a diverged run); a band whose lower edge would fall to zero or below is cut at
 * a tenth of the line's value, which the caption of a figure with such bands should say.
 *
 * @param integerX   ticks on whole numbers only, for axes such as "hidden layers"
 * @param sequential colours in the series' order, dark to light ({@link Palette#sequential}), for ordered
 *                   series such as depths; otherwise by name ({@link Palette#colour})
 * @param logX       a base-10 log axis for x too, for values that span decades (learning rates); x must be > 0
 * @param fraction   the values are fractions (accuracies): bands are cut at 0 and 1, where a mean +/- sd of a
 *                   bounded quantity would otherwise pass its bound
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
        boolean integerX, boolean sequential, boolean logX, boolean fraction) {

    /** A chart coloured by series name: each activation in its colour. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
            boolean integerX) {
        this(title, xLabel, yLabel, series, scale, integerX, false, false, false);
    }

    public LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
            boolean integerX, boolean sequential) {
        this(title, xLabel, yLabel, series, scale, integerX, sequential, false, false);
    }

    /** This chart with a log x axis. */
    public LineChart withLogX() {
        return new LineChart(title, xLabel, yLabel, series, scale, integerX, sequential, true, fraction);
    }

    /** This chart of fractions (accuracies): its bands cut at 0 and 1. */
    public LineChart asFraction() {
        return new LineChart(title, xLabel, yLabel, series, scale, integerX, sequential, logX, true);
    }

    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(scale, "scale");
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(title + ": a chart needs at least one series");
        }
    }

    /** Renders the chart and writes it to {@code file} as a {@code width x height} PNG, creating folders. */
    public void writePng(Path file, int width, int height) throws IOException {
        ChartStyle.writePng(toChart(), file, width, height);
    }

    /**
     * The activation a series belongs to: "sigmoid, standard" and "sigmoid, matched" are both sigmoid's, drawn in
     * sigmoid's colour everywhere in the project and told apart by their dash ({@link #variant}).
     */
    static String family(String name) {
        int comma = name.indexOf(", ");
        String head = comma < 0 ? name : name.substring(0, comma);
        return Palette.hasOwnColour(head) ? head : name;
    }

    /** 0 for the first series of its family, 1 for the second... : solid, dashed, dotted, dash-dot. */
    int variant(int index) {
        String family = family(series.get(index).name());
        if (!Palette.hasOwnColour(family)) {
            return 0;
        }
        int earlier = 0;
        for (int s = 0; s < index; s++) {
            if (family(series.get(s).name()).equals(family)) {
                earlier++;
            }
        }
        return earlier;
    }

    private static BasicStroke stroke(int variant) {
        float[][] dashes = {null, {9f, 5f}, {2f, 4f}, {9f, 4f, 2f, 4f}};
        float[] dash = dashes[variant % dashes.length];
        return dash == null ? new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    public JFreeChart toChart() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            data.addSeries(intervals(line));
            Color colour = sequential ? Palette.sequential(s, series.size()) : Palette.colour(family(line.name()), s);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, stroke(sequential ? 0 : variant(s)));
        }
        renderer.setAlpha(0.18f);
        // A series of one point has no line to draw; show it as a dot so it is not silently missing.
        renderer.setDefaultShapesVisible(false);
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            if (line.style() == Series.Style.CROSSES) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, org.jfree.chart.util.ShapeUtils.createDiagonalCross(6f, 1.5f));
            } else if (line.size() == 1 || line.pointsOnly()) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
            }
            if (line.pointsOnly()) {
                renderer.setSeriesLinesVisible(s, false);
            }
        }

        ValueAxis x = logX ? logXAxis() : linearX();
        ValueAxis y = scale == Scale.LOG ? logAxis(data) : linearAxis();
        ChartStyle.axes(x, y);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.chart(title, plot, true);
    }

    private NumberAxis linearX() {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        if (integerX) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return x;
    }

    /** Powers of ten on x, labelled 10^-4 ... 10^1, with a little room beyond the first and last point. */
    private LogAxis logXAxis() {
        LogAxis x = new LogAxis(xLabel);
        double min = Double.POSITIVE_INFINITY;
        double max = 0.0;
        for (Series line : series) {
            for (double v : line.x()) {
                if (!(v > 0.0)) {
                    throw new IllegalArgumentException(title + ": x = " + v + " in series '" + line.name()
                            + "' cannot be drawn on a log axis; expected x > 0");
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        x.setBase(10.0);
        x.setBaseSymbol("10");
        x.setRange(min / 1.4, max * 1.4);
        TickUnits units = new TickUnits();
        for (double u : new double[] {1, 2, 5, 10}) {
            units.add(new NumberTickUnit(u));
        }
        x.setStandardTickUnits(units);
        return x;
    }

    private NumberAxis linearAxis() {
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        return y;
    }

    /**
     * A base-10 log axis. Over two decades or more the ticks sit on whole powers of ten, labelled 10^-3, the way a
     * reader of loss curves expects; over a narrower range powers of ten would leave the axis bare, so the ticks
     * fall at fractions of a decade and are labelled with their plain values.
     */
    private LogAxis logAxis(YIntervalSeriesCollection data) {
        LogAxis y = new LogAxis(yLabel);
        // JFreeChart's automatic range turns NaN when one series has no point to show (all zeros on a log axis),
        // leaving the whole chart blank; so the range is set from the points, band edges included.
        double low = Double.POSITIVE_INFINITY;
        double high = 0.0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                low = Math.min(low, data.getStartYValue(s, i));
                high = Math.max(high, data.getEndYValue(s, i));
            }
        }
        if (high > 0.0) {
            double margin = Math.pow(high / low, 0.04) * 1.05; // 4% of the span in log terms, at least 5%
            y.setRange(low / margin, high * margin);
        }
        y.setBase(10.0);
        y.setBaseSymbol("10");
        y.setSmallestValue(1e-300);
        double min = Double.POSITIVE_INFINITY;
        double max = 0.0;
        for (Series line : series) {
            for (double v : line.y()) {
                if (v > 0.0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        TickUnits units = new TickUnits();
        if (max > 0.0 && Math.log10(max / min) >= 2.0) {
            for (double u : new double[] {1, 2, 5, 10, 20, 50, 100}) {
                units.add(new NumberTickUnit(u));
            }
        } else {
            for (double u : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}) {
                units.add(new NumberTickUnit(u));
            }
            y.setNumberFormatOverride(new SignificantDigits(3));
        }
        y.setStandardTickUnits(units);
        return y;
    }

    /** The series as JFreeChart intervals, leaving out what a log axis cannot show. */
    private YIntervalSeries intervals(Series line) {
        YIntervalSeries out = new YIntervalSeries(line.name(), false, true);
        double[] xs = line.x();
        double[] ys = line.y();
        double[] sd = line.sd();
        for (int i = 0; i < xs.length; i++) {
            double y = ys[i];
            if (!Double.isFinite(xs[i]) || !Double.isFinite(y) || (scale == Scale.LOG && y <= 0.0)) {
                continue;
            }
            double spread = sd == null || !Double.isFinite(sd[i]) ? 0.0 : sd[i];
            double low = y - spread;
            double high = y + spread;
            if (scale == Scale.LOG && low <= 0.0) {
                low = y / 10.0;
            }
            if (fraction) {
                low = Math.max(low, 0.0);
                high = Math.min(high, 1.0);
            }
            out.add(xs[i], y, low, high);
        }
        return out;
    }
}
