package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * The text of every cell of a {@link HeatMap}, centred on the cell at (column, row), each in its own colour. All
 * cells share one font size, the largest up to {@link ChartStyle#LABEL} at which the widest text fits its cell: the
 * cells' size in pixels is only known when the chart is drawn, and ten columns of "2.48e-5" at a fixed size would
 * spill into their neighbours. A table in one size reads as a table; sizes that varied by cell would not.
 */
final class CellLabels extends AbstractXYAnnotation {
    /** Below this a cell's text is no longer read but guessed; the cells are then too small for text. */
    static final float SMALLEST = 8f;

    private final String[][] text;
    private final Color[][] paint;

    /** {@code text[r][c]} and {@code paint[r][c]} for the cell of row r and column c; kept, not copied. */
    CellLabels(String[][] text, Color[][] paint) {
        this.text = text;
        this.paint = paint;
    }

    String text(int row, int column) {
        return text[row][column];
    }

    Color paint(int row, int column) {
        return paint[row][column];
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        int rows = text.length;
        int columns = text[0].length;
        g2.setFont(font(g2, dataArea.getWidth() / columns, dataArea.getHeight() / rows));
        for (int r = 0; r < rows; r++) {
            float y = (float) rangeAxis.valueToJava2D(r, dataArea, plot.getRangeAxisEdge());
            for (int c = 0; c < columns; c++) {
                float x = (float) domainAxis.valueToJava2D(c, dataArea, plot.getDomainAxisEdge());
                g2.setPaint(paint[r][c]);
                TextUtils.drawAlignedString(text[r][c], g2, x, y, TextAnchor.CENTER);
            }
        }
    }

    /**
     * The font for cells {@code width x height} pixels: the largest, in half points, at which the widest text fills
     * at most 85% of a cell's width and a line 70% of its height. Stepped rather than scaled in one go, because
     * hinted glyphs do not shrink in proportion to the size.
     */
    Font font(Graphics2D g2, double width, double height) {
        Font font = ChartStyle.LABEL;
        while (font.getSize2D() > SMALLEST && !fits(g2.getFontMetrics(font), width, height)) {
            font = font.deriveFont(Math.max(SMALLEST, font.getSize2D() - 0.5f));
        }
        return font;
    }

    private boolean fits(FontMetrics metrics, double width, double height) {
        if (metrics.getHeight() > 0.7 * height) {
            return false;
        }
        for (String[] row : text) {
            for (String t : row) {
                if (metrics.stringWidth(t) > 0.85 * width) {
                    return false;
                }
            }
        }
        return true;
    }
}
