package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward network drawn as the slides draw it: layers as columns from the inputs on the left, a bias unit
 * under each column that feeds the next, every unit with its values written beside it ({@code net}, {@code out} in
 * a forward view; {@code dE/dout}, {@code delta} in a backward view) and every edge with its own ({@code w}, or
 * {@code dE/dw}, or {@code w -> w+}). An edge's colour is its weight's sign (blue positive, red negative) and its
 * thickness the weight's size, so a network too big to label (more than {@link #MAX_LABELLED} units in a layer)
 * still shows its weights. A value the caller marks (a figure the seed prints wrong) is drawn in a red box.
 *
 * <p>This module knows no network type: the experiments module turns a network and its workspace into layers,
 * units and edges, so the diagram draws exactly the numbers it is given.
 *
 * @param layers the columns, inputs first; each but the last may end in a bias unit
 * @param edges  the connections, each from a unit of layer {@code l} to one of layer {@code l + 1}
 * @param notes  lines under the drawing (what the colours mean, which values are marked and why)
 */
public record NetworkDiagram(String title, List<Layer> layers, List<Edge> edges, List<String> notes, Size size)
        implements Figure {
    /** Above this many units in a layer, values are left off and colours and thickness carry the weights. */
    public static final int MAX_LABELLED = 12;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color POSITIVE = new Color(0x0072B2);
    private static final Color NEGATIVE = new Color(0xD55E00);
    private static final Color MARKED = new Color(0xCC0000);
    private static final Color UNIT = new Color(0xF4F4F4);

    /** One column: its name ("inputs", "hidden", "outputs") and its units, top to bottom. */
    public record Layer(String name, List<Unit> units) {
        public Layer {
            units = List.copyOf(units);
            if (units.isEmpty()) {
                throw new IllegalArgumentException("layer " + name + " has no units");
            }
        }
    }

    /** A unit: its name ("h1", "b1"), the values written beside it, and whether it is a bias (drawn square). */
    public record Unit(String name, List<Label> values, boolean bias) {
        public Unit {
            values = List.copyOf(values);
        }

        public static Unit of(String name, Label... values) {
            return new Unit(name, List.of(values), false);
        }

        public static Unit bias(String name, Label... values) {
            return new Unit(name, List.of(values), true);
        }
    }

    /** A value as written on the diagram, and whether it is marked (drawn in a red box). */
    public record Label(String text, boolean marked) {
        public static Label of(String text) {
            return new Label(text, false);
        }
    }

    /** The edge from unit {@code from} of layer {@code layer} to unit {@code to} of the next, and its values. */
    public record Edge(int layer, int from, int to, double weight, List<Label> values) {
        public Edge {
            values = List.copyOf(values);
        }
    }

    public NetworkDiagram {
        layers = List.copyOf(layers);
        edges = List.copyOf(edges);
        notes = List.copyOf(notes);
        if (layers.size() < 2) {
            throw new IllegalArgumentException("a network diagram needs at least an input and an output layer");
        }
        for (Edge e : edges) {
            if (e.layer() < 0 || e.layer() + 1 >= layers.size() || e.from() < 0
                    || e.from() >= layers.get(e.layer()).units().size() || e.to() < 0
                    || e.to() >= layers.get(e.layer() + 1).units().size()) {
                throw new IllegalArgumentException("edge " + e.layer() + ":" + e.from() + " -> " + (e.layer() + 1)
                        + ":" + e.to() + " joins no units of this diagram");
            }
            if (layers.get(e.layer() + 1).units().get(e.to()).bias()) {
                throw new IllegalArgumentException("edge into bias unit " + layers.get(e.layer() + 1).units()
                        .get(e.to()).name() + ": a bias has no inputs");
            }
        }
    }

    /** A diagram at the size its layers need. */
    public NetworkDiagram(String title, List<Layer> layers, List<Edge> edges, List<String> notes) {
        this(title, layers, edges, notes, naturalSize(title, layers, notes));
    }

    private static Size naturalSize(String title, List<Layer> layers, List<String> notes) {
        int tallest = layers.stream().mapToInt(l -> l.units().size()).max().orElse(1);
        boolean labelled = tallest <= MAX_LABELLED;
        // Wide enough for the title and the longest note at their fonts' widths (about 10.5 and 7 pixels a
        // character), and for the columns' labels.
        int text = Math.max((int) (10.5 * title.length()), 7 * notes.stream().mapToInt(String::length).max()
                .orElse(0)) + 60;
        int width = Math.max(Math.max(900, text), 300 * (layers.size() - 1) + 300);
        int height = 120 + 22 * notes.size() + tallest * (labelled ? 130 : 30);
        return new Size(width, Math.max(height, 420));
    }

    /** Whether values are written: no layer has more than {@link #MAX_LABELLED} units. */
    public boolean labelled() {
        return layers.stream().allMatch(l -> l.units().size() <= MAX_LABELLED);
    }

    @Override
    public void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = PngFile.canvas(file, width, height);
        Graphics2D g = image.createGraphics();
        try {
            List<Rectangle2D> boxes = draw(g, width, height);
            assert overlapFree(boxes, file);
        } finally {
            g.dispose();
        }
        PngFile.write(image, file);
    }

    /** Where unit {@code u} of layer {@code l} sits at this size: its centre. */
    double[] centre(int l, int u, int width, int height) {
        int top = 70;
        int bottom = height - 30 - 22 * notes.size();
        double x = 90 + l * (width - 180.0) / (layers.size() - 1);
        int n = layers.get(l).units().size();
        int tallest = layers.stream().mapToInt(c -> c.units().size()).max().orElse(1);
        double step = (bottom - top) / (double) tallest;
        double columnTop = top + (tallest - n) * step / 2;
        return new double[] {x, columnTop + (u + 0.5) * step};
    }

    /** Draws everything; returns the boxes of the values written, which must not overlap. */
    List<Rectangle2D> draw(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 30);
        boolean labelled = labelled();
        double radius = labelled ? 22 : 6;
        double largest = edges.stream().mapToDouble(e -> Math.abs(e.weight())).filter(Double::isFinite).max()
                .orElse(1.0);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Edge e : edges) {
            double[] a = centre(e.layer(), e.from(), width, height);
            double[] b = centre(e.layer() + 1, e.to(), width, height);
            double size = largest == 0 ? 0 : Math.abs(e.weight()) / largest;
            g.setColor(e.weight() < 0 ? NEGATIVE : POSITIVE);
            g.setStroke(new BasicStroke((float) (0.8 + 3.5 * size)));
            g.draw(new Line2D.Double(a[0] + radius, a[1], b[0] - radius, b[1]));
        }
        List<Rectangle2D> unitBoxes = new ArrayList<>();
        if (labelled) {
            // The units' own value boxes first, so that the edges' labels are placed around them.
            g.setFont(VALUE);
            for (int l = 0; l < layers.size(); l++) {
                for (int u = 0; u < layers.get(l).units().size(); u++) {
                    double[] c = centre(l, u, width, height);
                    unitBoxes.add(new Rectangle2D.Double(c[0] - radius, c[1] - radius, 2 * radius, 2 * radius));
                    Rectangle2D box = box(g, layers.get(l).units().get(u).values(), c[0], c[1] + radius + 4, false);
                    if (box != null) {
                        unitBoxes.add(box);
                    }
                }
            }
            List<Rectangle2D> taken = new ArrayList<>(unitBoxes);
            for (Edge e : edges) {
                double[] a = centre(e.layer(), e.from(), width, height);
                double[] b = centre(e.layer() + 1, e.to(), width, height);
                // The first place along the edge where the label's box meets no other box: where edges cross,
                // their labels would otherwise sit on each other.
                Rectangle2D chosen = null;
                for (double t : PLACES) {
                    double x = a[0] + radius + t * (b[0] - a[0] - 2 * radius);
                    double y = a[1] + t * (b[1] - a[1]);
                    Rectangle2D box = box(g, e.values(), x, y, true);
                    if (box == null || taken.stream().noneMatch(box::intersects)) {
                        chosen = box;
                        break;
                    }
                    if (chosen == null) {
                        chosen = box;
                    }
                }
                if (chosen != null) {
                    taken.add(chosen);
                    stack(g, e.values(), chosen);
                    boxes.add(chosen);
                }
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            List<Unit> units = layers.get(l).units();
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                double[] c = centre(l, u, width, height);
                g.setStroke(new BasicStroke(1.5f));
                var shape = unit.bias() ? new Rectangle2D.Double(c[0] - radius, c[1] - radius, 2 * radius, 2 * radius)
                        : new Ellipse2D.Double(c[0] - radius, c[1] - radius, 2 * radius, 2 * radius);
                g.setColor(unit.bias() ? Color.WHITE : UNIT);
                g.fill(shape);
                g.setColor(Color.DARK_GRAY);
                g.draw(shape);
                if (labelled) {
                    g.setFont(NAME);
                    FontMetrics fm = g.getFontMetrics();
                    g.drawString(unit.name(), (float) (c[0] - fm.stringWidth(unit.name()) / 2.0),
                            (float) (c[1] + fm.getAscent() / 2.0 - 2));
                    Rectangle2D box = box(g, unit.values(), c[0], c[1] + radius + 4, false);
                    if (box != null) {
                        stack(g, unit.values(), box);
                        boxes.add(box);
                    }
                }
            }
            g.setFont(NAME);
            g.setColor(Color.DARK_GRAY);
            String name = layers.get(l).name();
            double[] first = centre(l, 0, width, height);
            g.drawString(name, (float) (first[0] - g.getFontMetrics().stringWidth(name) / 2.0), 56);
        }
        g.setFont(VALUE);
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < notes.size(); i++) {
            g.drawString(notes.get(i), 20, height - 14 - 22 * (notes.size() - 1 - i));
        }
        return boxes;
    }

    /** Where along an edge its label may go, in the order tried: near either end first, the crossing last. */
    private static final double[] PLACES = {0.28, 0.72, 0.18, 0.82, 0.4, 0.6, 0.5};

    /**
     * The box {@code values} take written one under another: centred on (x, y) for an edge's, or hanging from
     * (x, y) for a unit's; null if there are none.
     */
    private static Rectangle2D box(Graphics2D g, List<Label> values, double x, double y, boolean centred) {
        if (values.isEmpty()) {
            return null;
        }
        g.setFont(VALUE);
        FontMetrics fm = g.getFontMetrics();
        double h = fm.getHeight() * values.size() + 2;
        double w = values.stream().mapToInt(v -> fm.stringWidth(v.text())).max().orElse(0) + 6;
        return new Rectangle2D.Double(x - w / 2, centred ? y - h / 2 : y, w, h);
    }

    /** Writes {@code values} into {@code box} on white; a marked value's line is outlined in red. */
    private static void stack(Graphics2D g, List<Label> values, Rectangle2D box) {
        g.setFont(VALUE);
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(box);
        double x = box.getCenterX();
        for (int i = 0; i < values.size(); i++) {
            Label v = values.get(i);
            double top = box.getY() + 1 + line * i;
            if (v.marked()) {
                g.setColor(MARKED);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Rectangle2D.Double(box.getX(), top, box.getWidth(), line));
            }
            g.setColor(v.marked() ? MARKED : Color.BLACK);
            g.drawString(v.text(), (float) (x - fm.stringWidth(v.text()) / 2.0), (float) (top + fm.getAscent()));
        }
    }

    /** With assertions on (the tests), a diagram whose written values overlap fails, naming the file. */
    static boolean overlapFree(List<Rectangle2D> boxes, Path file) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).intersects(boxes.get(j))) {
                    throw new AssertionError(file.getFileName() + ": two labels of the network diagram overlap, "
                            + "at " + box(boxes.get(i)) + " and " + box(boxes.get(j)));
                }
            }
        }
        return true;
    }

    private static String box(Rectangle2D r) {
        return String.format(java.util.Locale.ROOT, "(%.0f, %.0f, %.0f x %.0f)", r.getX(), r.getY(), r.getWidth(),
                r.getHeight());
    }
}
