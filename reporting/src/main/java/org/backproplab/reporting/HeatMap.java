package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A grid of coloured cells, written as a PNG: {@code values[r][c]} is the cell of row {@code r} (an activation, an
 * initialization) and column {@code c} (a depth), coloured on viridis from {@code min} (dark) to {@code max}
 * (yellow), with a colour bar beside the grid. Each cell also prints its value to three significant digits, in black
 * or white, whichever stands out on it, because a colour can be compared but not read off; the text shrinks, all
 * cells alike, when the cells are too narrow for it ({@code CellLabels}).
 *
 * <p>Rows run down from the top, as in a table. A value outside [min, max] takes the colour of the nearer end, so
 * that a fixed scale (0 to 1 for accuracies) can be shared by several figures; its text still gives the value.
 * A value that is not finite (a run that diverged, a setting not run) is a grey cell marked "n/a".
 *
 * <p>The dataset's x is the column index, y the row index, z the value as given.
 */
public record HeatMap(String title, String xLabel, String yLabel, List<String> columns, List<String> rows,
        double[][] values, String valueLabel, double min, double max) implements Chart {

    /** Where there is no value: light enough that the "n/a" reads in black, and in no colour of the scale. */
    static final Color MISSING = new Color(0xC8C8C8);

    private static final SignificantDigits DIGITS = new SignificantDigits(3);

    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(valueLabel, "valueLabel");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException(title + ": a heat map needs at least one row and one column, got "
                    + rows.size() + " rows and " + columns.size() + " columns");
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(title + ": the colour scale needs finite min < max, got " + min
                    + " to " + max);
        }
        Objects.requireNonNull(values, "values");
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(title + ": " + rows.size() + " rows named but " + values.length
                    + " rows of values");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != columns.size()) {
                throw new IllegalArgumentException(title + ": row " + rows.get(r) + " has "
                        + (values[r] == null ? 0 : values[r].length) + " values for " + columns.size() + " columns");
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    @Override
    public JFreeChart toChart() {
        int cells = rows.size() * columns.size();
        double[][] xyz = new double[3][cells];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                int i = r * columns.size() + c;
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = values[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueLabel, xyz);

        Scale scale = new Scale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        // A thin white gap between cells, so two cells of nearly one colour still read as two.
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.94);

        SymbolAxis x = new SymbolAxis(xLabel, columns.toArray(new String[0]));
        SymbolAxis y = new SymbolAxis(yLabel, rows.toArray(new String[0]));
        for (SymbolAxis axis : List.of(x, y)) {
            axis.setGridBandsVisible(false);
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }
        x.setRange(-0.5, columns.size() - 0.5);
        y.setRange(-0.5, rows.size() - 0.5);
        y.setInverted(true);
        ChartStyle.axes(x, y);
        x.setTickLabelFont(ChartStyle.LABEL);
        y.setTickLabelFont(ChartStyle.LABEL);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        String[][] text = new String[rows.size()][columns.size()];
        Color[][] paint = new Color[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                text[r][c] = cellText(values[r][c]);
                paint[r][c] = textOn(scale.getPaint(values[r][c]));
            }
        }
        plot.addAnnotation(new CellLabels(text, paint));

        JFreeChart chart = ChartStyle.chart(title, plot, false);
        chart.addSubtitle(legend(scale));
        return chart;
    }

    private PaintScaleLegend legend(Scale scale) {
        NumberAxis axis = new NumberAxis(valueLabel);
        ChartStyle.axes(axis);
        // The legend sets its axis to the scale's range, min to max.
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(16);
        legend.setStripOutlineVisible(false);
        legend.setSubdivisionCount(256);
        legend.setMargin(new RectangleInsets(40, 12, 40, 8));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /**
     * Three significant digits, without padding in the mantissa or the exponent ("2.5e-5"), and in scientific
     * notation below 0.001, where it is the shorter ("5.45e-4", not "0.000545"): cells are narrow.
     */
    static String cellText(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        String text = value != 0.0 && Math.abs(value) < 1e-3 ? String.format(Locale.ROOT, "%.2e", value)
                : DIGITS.format(value);
        return text.replaceFirst("\\.?0+e", "e").replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
    }

    /**
     * Black or white, whichever contrasts more with {@code cell}: black when the cell's relative luminance (WCAG's,
     * on linearized sRGB) is above 0.179, the point where both contrast ratios are equal.
     */
    static Color textOn(Paint cell) {
        Color c = (Color) cell;
        double luminance = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return luminance > 0.179 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Viridis from {@code lower} to {@code upper}, clamped at the ends; grey where there is no value. */
    private record Scale(double lower, double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return Double.isFinite(value) ? Palette.viridis((value - lower) / (upper - lower)) : MISSING;
        }
    }
}
