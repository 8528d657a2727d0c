package org.backproplab.reporting;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis over a fixed range whose ticks come from {@link LogTicks}: bounded in number whatever the span,
 * powers of ten labelled 10^k, or round plain values over less than two decades, never the two mixed. JFreeChart's
 * own tick walk is not used: it places ticks at fractions of a decade (0.0501, 0.0631, 0.0794) and loops without end
 * when a bound is infinite.
 */
final class DecadeAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    /** Pixels a labelled tick needs along a vertical and along a horizontal axis. */
    private static final double ROOM_VERTICAL = 28;
    private static final double ROOM_HORIZONTAL = 80;

    /** An axis from {@code range.lower()} to {@code range.upper()}, which must be positive and finite. */
    DecadeAxis(String label, LogRange range) {
        super(label);
        setBase(10.0);
        setBaseSymbol("10");
        setSmallestValue(Double.MIN_NORMAL);
        setRange(range.lower(), range.upper());
        setMinorTickMarksVisible(true);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        int most = (int) Math.max(2, Math.min(16, Math.floor(length / (vertical ? ROOM_VERTICAL : ROOM_HORIZONTAL))));
        LogTicks ticks = LogTicks.of(getLowerBound(), getUpperBound(), most);
        TextAnchor anchor = vertical ? (edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT)
                : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        List<LogTick> out = new ArrayList<>();
        List<String> labels = ticks.labels();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new LogTick(TickType.MAJOR, ticks.major().get(i), label(labels.get(i), ticks.powers()), anchor));
        }
        for (double v : ticks.minor()) {
            out.add(new LogTick(TickType.MINOR, v, null, anchor));
        }
        return out;
    }

    /** "10" with the exponent raised, as LogAxis writes it, or the plain text; in the tick font either way. */
    private AttributedString label(String text, boolean power) {
        String whole = power ? "10" + text : text;
        AttributedString label = new AttributedString(whole);
        label.addAttributes(getTickLabelFont().getAttributes(), 0, whole.length());
        if (power) {
            label.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, 2, whole.length());
        }
        return label;
    }
}
