package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every figure of a report shares: one set of fonts, sized so that a 900 x 560 PNG stays readable when a
 * write-up shrinks it to a column's width, a white background, and the legend under the plot where it takes no
 * width from the data. Kept in one place so that the charts of one report cannot drift apart.
 */
final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Color GRID = new Color(0xDDDDDD);
    static final Color OUTLINE = new Color(0x999999);

    private ChartStyle() {
    }

    /** Gives axes the house fonts. */
    static void axes(Axis... axes) {
        for (Axis axis : axes) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
    }

    /** A chart around {@code plot} with the house title, background and, if asked, a legend below the plot. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(OUTLINE);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, legend);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle items = chart.getLegend();
            items.setPosition(RectangleEdge.BOTTOM);
            items.setItemFont(LABEL);
            items.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    /**
     * Room at the right for half a tick label. An x axis whose range ends on a tick (a histogram's max, a plane's
     * edge) centres that tick's label on the plot's edge, and without this the chart's edge cuts it in half.
     */
    static void roomForLastTick(JFreeChart chart) {
        chart.setPadding(new RectangleInsets(0, 0, 0, 14));
    }
}
