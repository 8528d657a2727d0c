package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * Box-and-whisker plots side by side, one per {@link Box} (the test accuracy of each activation across seeds, say),
 * written as a PNG. With five seeds a box alone would hide that it stands on five numbers, so every value is also
 * drawn as a dot, each seed at the same place across the box in every category; the mean is a dashed line.
 *
 * <p>The box spans the quartiles (Tukey's hinges: the medians of the lower and upper halves, the median counted in
 * both when the count is odd), the whiskers reach the furthest values within 1.5 times the box's height, and the
 * values beyond them are the dots outside the whiskers. A value that is not finite (a run that diverged) is left
 * out of the box and counted in its category's label, {@code "relu (1 diverged)"}.
 *
 * <p>Dataset 0 holds the boxes, dataset 1 the values (row {@code i} the {@code i}-th value of every box), dataset 2
 * the means.
 */
public record BoxPlot(String title, String xLabel, String yLabel, List<Box> boxes) implements Chart {

    /** One category: its name (an activation's picks its colour) and its values, one per seed; copied in. */
    public record Box(String name, double[] values) {
        public Box {
            Objects.requireNonNull(name, "name");
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException(name + ": a box needs at least one value");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** How many values are not finite: runs that diverged. */
        public int diverged() {
            int n = 0;
            for (double v : values) {
                n += Double.isFinite(v) ? 0 : 1;
            }
            return n;
        }

        /** The name, and how many runs diverged if any did: the category's label on the axis. */
        public String label() {
            int diverged = diverged();
            return diverged == 0 ? name : name + " (" + diverged + " diverged)";
        }
    }

    private static final BasicStroke MEAN_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10.0f, new float[] {5.0f, 3.0f}, 0.0f);

    // At most this share of the plot's width per box, so that one or three boxes are not slabs.
    private static final double BOX_SHARE = 0.12;

    public BoxPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        boxes = List.copyOf(boxes);
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException(title + ": a box plot needs at least one box");
        }
        Set<String> names = new HashSet<>();
        for (Box box : boxes) {
            if (!names.add(box.name())) {
                throw new IllegalArgumentException(title + ": two boxes named " + box.name());
            }
        }
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    @Override
    public JFreeChart toChart() {
        DefaultBoxAndWhiskerCategoryDataset stats = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        int runs = 0;
        for (Box box : boxes) {
            runs = Math.max(runs, box.values.length);
        }
        for (int b = 0; b < boxes.size(); b++) {
            Box box = boxes.get(b);
            colours.add(Palette.colour(box.name(), b));
            BoxAndWhiskerItem item = statistics(box);
            stats.add(item, "values", box.label());
            means.addValue(item.getMean(), "mean", box.label());
            for (int i = 0; i < runs; i++) {
                // Every category gets every row, null where it has no such value, so a seed keeps its place.
                double v = i < box.values.length ? box.values[i] : Double.NaN;
                values.addValue(Double.isFinite(v) ? v : null, "run " + (i + 1), box.label());
            }
        }

        CategoryAxis x = new CategoryAxis(xLabel);
        // The names are what the reader looks for; long ones wrap rather than overlap their neighbours.
        spaceEvenly(x, boxes.size());
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        // Five seeds that all end at chance give one value: an automatic range would zoom in to 1e-8 around it.
        double[] all = boxes.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.values))
                .filter(Double::isFinite).toArray();
        org.jfree.data.Range window = LinearRange.forValues(java.util.Arrays.stream(all).min().orElse(Double.NaN),
                java.util.Arrays.stream(all).max().orElse(Double.NaN));
        if (window != null) {
            y.setRange(window);
        }
        ChartStyle.axes(x, y);
        x.setTickLabelFont(ChartStyle.LABEL);

        CategoryPlot plot = new CategoryPlot(stats, x, y, boxRenderer(colours));
        plot.setDataset(1, values);
        plot.setRenderer(1, pointRenderer(colours));
        plot.setDataset(2, means);
        plot.setRenderer(2, new MeanLine());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setFixedLegendItems(legend());
        return ChartStyle.chart(title, plot, true);
    }

    /**
     * Boxes evenly spaced, half a gap at either end. Each takes 70% of its share of the width, as JFreeChart's
     * default margins give, but never more than {@link #BOX_SHARE} of the whole. A label may spread over its box's
     * whole share, gaps included: wrapped to the narrow box, "(2 diverged)" would be cut off.
     */
    private static void spaceEvenly(CategoryAxis axis, int n) {
        double box = Math.min(BOX_SHARE, 0.7 / n);
        double gap = (1.0 - n * box) / n;
        axis.setLowerMargin(gap / 2);
        axis.setUpperMargin(gap / 2);
        axis.setCategoryMargin(gap * (n - 1));
        CategoryLabelPosition below = new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                CategoryLabelWidthType.CATEGORY, (float) (0.95 * (box + gap) / box));
        axis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                below));
        axis.setMaximumCategoryLabelLines(3);
    }

    /** The box's statistics over its finite values; all null (nothing drawn) when every run diverged. */
    private static BoxAndWhiskerItem statistics(Box box) {
        List<Double> finite = new ArrayList<>();
        for (double v : box.values) {
            if (Double.isFinite(v)) {
                finite.add(v);
            }
        }
        if (finite.isEmpty()) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, null);
        }
        BoxAndWhiskerItem s = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(finite);
        // No outliers of the renderer's own: every value, outliers included, is already a dot of the overlay.
        return new BoxAndWhiskerItem(s.getMean(), s.getMedian(), s.getQ1(), s.getQ3(), s.getMinRegularValue(),
                s.getMaxRegularValue(), null, null, null);
    }

    private static BoxAndWhiskerRenderer boxRenderer(List<Color> colours) {
        BoxAndWhiskerRenderer boxes = new BoxAndWhiskerRenderer() {
            // One series, many categories: the colour goes by category, which the renderer's paints do not.
            @Override
            public Paint getItemPaint(int row, int column) {
                return Palette.tint(colours.get(column), 0.3);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return colours.get(column);
            }
        };
        boxes.setUseOutlinePaintForWhiskers(true);
        boxes.setDefaultOutlineStroke(new BasicStroke(1.5f));
        boxes.setDefaultStroke(new BasicStroke(1.5f));
        boxes.setMeanVisible(false);
        boxes.setArtifactPaint(Color.BLACK);
        boxes.setMaximumBarWidth(1.0);
        return boxes;
    }

    private static LineAndShapeRenderer pointRenderer(List<Color> colours) {
        LineAndShapeRenderer points = new LineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return colours.get(column).darker();
            }
        };
        // Each run at its own offset across the box: equal values stay apart, and a seed sits in the same place
        // in every category.
        points.setUseSeriesOffset(true);
        points.setItemMargin(0.0);
        points.setDefaultShape(new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        points.setAutoPopulateSeriesShape(false);
        points.setDrawOutlines(true);
        points.setUseOutlinePaint(true);
        points.setDefaultOutlineStroke(new BasicStroke(1.2f));
        return points;
    }

    /**
     * The mean as a dashed line across the box. A marker at the box's centre would sit on the middle run's dot and
     * hide it; a line lets every dot show through, and set against the solid median it shows the skew.
     */
    private static final class MeanLine extends AbstractCategoryItemRenderer {
        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column, int pass) {
            Number mean = dataset.getValue(row, column);
            if (mean == null || !Double.isFinite(mean.doubleValue())) {
                return;
            }
            int columns = dataset.getColumnCount();
            double left = domainAxis.getCategoryStart(column, columns, dataArea, plot.getDomainAxisEdge());
            double right = domainAxis.getCategoryEnd(column, columns, dataArea, plot.getDomainAxisEdge());
            double y = rangeAxis.valueToJava2D(mean.doubleValue(), dataArea, plot.getRangeAxisEdge());
            g2.setPaint(Color.BLACK);
            g2.setStroke(MEAN_STROKE);
            g2.draw(new Line2D.Double(left, y, right, y));
        }
    }

    /** What the marks mean; the categories name themselves on the axis. */
    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        LegendItem run = new LegendItem("one run", null, null, null, new Ellipse2D.Double(-4.5, -4.5, 9, 9),
                Color.GRAY, new BasicStroke(1.2f), Color.DARK_GRAY);
        LegendItem mean = new LegendItem("mean", null, null, null, new Line2D.Double(-10, 0, 10, 0), MEAN_STROKE,
                Color.BLACK);
        LegendItem box = new LegendItem("quartiles and median", null, null, null, new Rectangle(-6, -6, 12, 12),
                new Color(0xE0E0E0), new BasicStroke(1.5f), Color.GRAY);
        items.add(run);
        items.add(mean);
        items.add(box);
        return items;
    }
}
