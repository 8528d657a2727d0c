package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * Small multiples: several charts of one kind in one PNG, in rows of {@code columns}, under one title. Where one
 * chart would overlay more than a reader can tell apart (eight layers' histograms, thirty lines, the decision
 * boundary of every grid point), each gets its own panel, and the eye compares panels instead of lines. Each panel
 * is drawn and checked ({@link FigureCheck}) as a chart of its own, at its cell's size, with its title one size down.
 *
 * <p>A sheet holds at most {@link #MAX_PANELS}; a caller with more writes several sheets. With
 * {@code sharedLegend}, the panels' legends are drawn once, under the panels: every entry of any panel, once, in the
 * order met; the panels must then give one name one colour, as {@link Colours} does. That legend too has at most
 * {@link FigureCheck#MAX_LEGEND} entries. With {@code sameScale}, every panel's value axis spans the union of
 * their ranges, so that a line higher in one panel than in the next is higher: small multiples of one quantity.
 */
public record ContactSheet(String title, List<Chart> panels, int columns, boolean sharedLegend, boolean sameScale)
        implements Figure {
    /** The most panels on one sheet: four rows of three at 900 pixels wide are already small. */
    public static final int MAX_PANELS = 12;

    private static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    /** Each panel with its own legend and scale. */
    public ContactSheet(String title, List<Chart> panels, int columns) {
        this(title, panels, columns, false, false);
    }

    public ContactSheet {
        Objects.requireNonNull(title, "title");
        panels = List.copyOf(panels);
        if (panels.isEmpty() || panels.size() > MAX_PANELS) {
            throw new IllegalArgumentException(title + ": a contact sheet holds 1 to " + MAX_PANELS + " panels, got "
                    + panels.size());
        }
        if (columns < 1 || columns > panels.size()) {
            throw new IllegalArgumentException(title + ": columns must be in [1, " + panels.size() + "], got "
                    + columns);
        }
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /**
     * Sheets of at most {@link #MAX_PANELS} panels each for any number of {@code panels}, titled {@code title}
     * and, if there are several, "(sheet 2 of 3)".
     */
    public static List<ContactSheet> of(String title, List<? extends Chart> panels, int columns,
            boolean sharedLegend, boolean sameScale) {
        int sheets = (panels.size() + MAX_PANELS - 1) / MAX_PANELS;
        List<ContactSheet> out = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            List<Chart> mine = List.copyOf(panels.subList(s * MAX_PANELS, Math.min(panels.size(),
                    (s + 1) * MAX_PANELS)));
            out.add(new ContactSheet(sheets == 1 ? title : title + " (sheet " + (s + 1) + " of " + sheets + ")",
                    mine, Math.min(columns, mine.size()), sharedLegend, sameScale));
        }
        return out;
    }

    /** Draws the sheet and writes it to {@code file} as a {@code width x height} PNG, creating folders. */
    @Override
    public void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = PngFile.canvas(file, width, height);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            TextTitle heading = new TextTitle(title, ChartStyle.TITLE);
            heading.setPadding(new RectangleInsets(6, 8, 2, 8));
            // TextTitle arranges to a fixed width with a free height (a fixed width with a height range it does not).
            Size2D size = heading.arrange(g2, new RectangleConstraint(width, null, LengthConstraintType.FIXED, 0, null,
                    LengthConstraintType.NONE));
            heading.draw(g2, new Rectangle2D.Double(0, 0, width, size.getHeight()));
            double top = size.getHeight();
            List<JFreeChart> charts = new ArrayList<>();
            LegendItemCollection items = new LegendItemCollection();
            Set<String> seen = new HashSet<>();
            for (Chart panel : panels) {
                JFreeChart chart = panel.toChart();
                chart.getTitle().setFont(PANEL_TITLE);
                if (sharedLegend && chart.getLegend() != null) {
                    for (LegendItemSource source : chart.getLegend().getSources()) {
                        LegendItemCollection mine = source.getLegendItems();
                        for (int k = 0; k < mine.getItemCount(); k++) {
                            if (seen.add(mine.get(k).getLabel())) {
                                items.add(mine.get(k));
                            }
                        }
                    }
                    chart.removeLegend();
                }
                charts.add(chart);
            }
            if (sameScale) {
                sameScale(charts);
            }
            double bottom = height;
            if (sharedLegend && items.getItemCount() > 0) {
                assert items.getItemCount() <= FigureCheck.MAX_LEGEND : file.getFileName() + ": the shared legend "
                        + "has " + items.getItemCount() + " entries, more than " + FigureCheck.MAX_LEGEND;
                LegendTitle legend = new LegendTitle(() -> items);
                legend.setItemFont(ChartStyle.LABEL);
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setPadding(new RectangleInsets(4, 8, 8, 8));
                // Centred under the panels: at its own width if it fits on one line, else wrapped to the sheet's.
                Size2D room = legend.arrange(g2, RectangleConstraint.NONE);
                if (room.getWidth() > width) {
                    room = legend.arrange(g2, new RectangleConstraint(width, null, LengthConstraintType.FIXED, 0,
                            null, LengthConstraintType.NONE));
                }
                bottom = height - room.getHeight();
                legend.draw(g2, new Rectangle2D.Double((width - room.getWidth()) / 2, bottom, room.getWidth(),
                        room.getHeight()));
            }
            double cellWidth = (double) width / columns;
            double cellHeight = (bottom - top) / rows();
            for (int i = 0; i < charts.size(); i++) {
                PngFile.draw(charts.get(i), g2, new Rectangle2D.Double((i % columns) * cellWidth,
                        top + (i / columns) * cellHeight, cellWidth, cellHeight), file);
            }
        } finally {
            g2.dispose();
        }
        PngFile.write(image, file);
    }

    /**
     * Sets every XY panel's value axis to the union of their ranges; unless a panel's axis left values out and
     * says so under its title (a log axis capped at 30 decades), which the union would make untrue.
     */
    private static void sameScale(List<JFreeChart> charts) {
        for (JFreeChart chart : charts) {
            if (subtitles(chart).stream().anyMatch(t -> t instanceof TextTitle)) {
                return;
            }
        }
        org.jfree.data.Range union = null;
        for (JFreeChart chart : charts) {
            if (chart.getPlot() instanceof XYPlot plot) {
                union = org.jfree.data.Range.combine(union, plot.getRangeAxis().getRange());
            }
        }
        for (JFreeChart chart : charts) {
            if (chart.getPlot() instanceof XYPlot plot && union != null) {
                plot.getRangeAxis().setRange(union);
            }
        }
    }

    /** JFreeChart 1.5 hands its subtitles back as a raw List. */
    private static List<?> subtitles(JFreeChart chart) {
        return chart.getSubtitles();
    }
}
