package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A line chart written as a PNG: one line per {@link Series}, each with its shaded band where the series has one
 * (mean +/- one standard deviation across seeds, say). Rendered headless: no display is needed, so it runs in CI.
 *
 * <p>Readable by construction, whatever the numbers: the x axis ends at the data (a hair beyond where marks sit at
 * its ends); a series that does not change gets a window around its value rather than a span of 1e-8; fractions
 * stay in [0, 1] on at least a tenth of it; a log axis ({@link DecadeAxis}) has a bounded number of ticks in one
 * format, drops what it cannot draw and spans at most {@link LogRange#MAX_DECADES}, saying so under the title if it
 * had to leave values out. A chart has at most {@link FigureCheck#MAX_LEGEND} series, as many as its legend can
 * show: more are refused, and the caller splits them over several figures.
 *
 * <p>On a {@link Scale#LOG} axis, points whose value is zero, negative or not finite cannot be drawn and are
 * left out (a loss of exactly 0, a diverged run); a band whose lower edge would fall to zero or below is cut at
 * a tenth of the line's value, which the caption of a figure with such bands should say.
 *
 * @param integerX ticks on whole numbers only, for axes such as "hidden layers"
 * @param colours  which colour each series takes ({@link Colours}): by name, or in order for depths and layers
 * @param logX     a base-10 log axis for x too, for values that span decades (learning rates); x must be > 0
 * @param fraction the values are fractions (accuracies): bands are cut at 0 and 1, where a mean +/- sd of a
 *                 bounded quantity would otherwise pass its bound, and the axis stays within [0, 1]
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
        boolean integerX, Colours colours, boolean logX, boolean fraction) implements Chart {

    /** A chart coloured by series name: each activation in its colour. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
            boolean integerX) {
        this(title, xLabel, yLabel, series, scale, integerX, Colours.byName(), false, false);
    }

    /** With {@code sequential}, colours in the series' order, dark to light, for ordered series such as depths. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series, Scale scale,
            boolean integerX, boolean sequential) {
        this(title, xLabel, yLabel, series, scale, integerX, sequential ? Colours.ordered() : Colours.byName(),
                false, false);
    }

    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(colours, "colours");
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(title + ": a chart needs at least one series");
        }
        if (series.size() > FigureCheck.MAX_LEGEND) {
            throw new IllegalArgumentException(title + ": " + series.size() + " series, more than the "
                    + FigureCheck.MAX_LEGEND + " one legend can show; split them over several figures");
        }
        if (logX) {
            for (Series line : series) {
                for (double v : line.x()) {
                    if (!(v > 0.0) || !Double.isFinite(v)) {
                        throw new IllegalArgumentException(title + ": x = " + v + " in series '" + line.name()
                                + "' cannot be drawn on a log axis; expected a finite x > 0");
                    }
                }
            }
        }
    }

    /** This chart with a log x axis. */
    public LineChart withLogX() {
        return new LineChart(title, xLabel, yLabel, series, scale, integerX, colours, true, fraction);
    }

    /** This chart of fractions (accuracies): its bands cut at 0 and 1, its axis within [0, 1]. */
    public LineChart asFraction() {
        return new LineChart(title, xLabel, yLabel, series, scale, integerX, colours, logX, true);
    }

    /** This chart with its series coloured by {@code colours}: the same for every figure of an experiment. */
    public LineChart withColours(Colours colours) {
        return new LineChart(title, xLabel, yLabel, series, scale, integerX, colours, logX, fraction);
    }

    /**
     * The activation a series belongs to: "sigmoid, standard" and "sigmoid, matched" are both sigmoid's, drawn in
     * sigmoid's colour everywhere in the project and told apart by their dash.
     */
    static String family(String name) {
        return Colours.byName().key(name);
    }

    /** Each series' colour, by {@link #colours}. */
    List<Color> seriesColours() {
        List<Color> out = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            out.add(colours.of(series.get(s).name(), s, series.size()));
        }
        return out;
    }

    /** 0 for the first line of its colour, 1 for the second... : solid, dashed, dotted, dash-dot. */
    int variant(int index) {
        List<Color> colour = seriesColours();
        int earlier = 0;
        for (int s = 0; s < index; s++) {
            if (!series.get(s).pointsOnly() && colour.get(s).equals(colour.get(index))) {
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
    @Override
    public JFreeChart toChart() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        List<Color> colour = seriesColours();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            data.addSeries(intervals(line));
            renderer.setSeriesPaint(s, colour.get(s));
            renderer.setSeriesFillPaint(s, colour.get(s));
            renderer.setSeriesStroke(s, stroke(variant(s)));
        }
        renderer.setAlpha(0.18f);
        // A series of one point has no line to draw; show it as a dot so it is not silently missing.
        renderer.setDefaultShapesVisible(false);
        boolean marks = false;
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            if (line.style() == Series.Style.CROSSES) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, ShapeUtils.createDiagonalCross(6f, 1.5f));
            } else if (line.size() == 1 || line.pointsOnly()) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
            }
            if (line.pointsOnly()) {
                renderer.setSeriesLinesVisible(s, false);
            }
            marks |= line.pointsOnly() || line.size() == 1;
        }

        // Marks at the ends of the x axis would be cut in half by the plot's edge: a hair of room for them.
        double xMargin = marks ? 0.5 : 0.0;
        ValueAxis x = logX ? new DecadeAxis(xLabel, LogRange.of(xValues(data), xMargin)) : linearX(data, marks);
        LogRange logY = scale == Scale.LOG ? LogRange.of(points(data), yValues(data), 1.0) : null;
        ValueAxis y = logY != null ? new DecadeAxis(yLabel, logY) : linearY(data);
        ChartStyle.axes(x, y);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.roomForLastTick(chart);
        if (logY != null && !logY.note().isEmpty()) {
            chart.addSubtitle(0, new TextTitle(logY.note(), ChartStyle.TICK));
        }
        return chart;
    }

    private NumberAxis linearX(YIntervalSeriesCollection data, boolean marks) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(marks ? 0.02 : 0.0);
        x.setUpperMargin(marks ? 0.02 : 0.0);
        if (integerX) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        double[] v = xValues(data);
        double min = java.util.Arrays.stream(v).min().orElse(0);
        double max = java.util.Arrays.stream(v).max().orElse(1);
        if (v.length > 0 && min == max) {
            // One x for every point: a line chart of a single setting. Centre it on a window a reader can read.
            x.setRange(integerX ? new Range(min - 1, max + 1) : LinearRange.forValues(min, max));
        }
        return x;
    }

    private NumberAxis linearY(YIntervalSeriesCollection data) {
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        double[] v = yValues(data);
        double min = java.util.Arrays.stream(v).min().orElse(Double.NaN);
        double max = java.util.Arrays.stream(v).max().orElse(Double.NaN);
        Range range = fraction ? LinearRange.forFractions(min, max) : LinearRange.forValues(min, max);
        if (range != null) {
            y.setRange(range);
        }
        return y;
    }

    private static double[] xValues(YIntervalSeriesCollection data) {
        List<Double> out = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.add(data.getXValue(s, i));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every drawn value. */
    private static double[] points(YIntervalSeriesCollection data) {
        List<Double> out = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.add(data.getYValue(s, i));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every drawn value and band edge. */
    private static double[] yValues(YIntervalSeriesCollection data) {
        List<Double> out = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.add(data.getYValue(s, i));
                out.add(data.getStartYValue(s, i));
                out.add(data.getEndYValue(s, i));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
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
            if (!Double.isFinite(high)) {
                high = y;
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
