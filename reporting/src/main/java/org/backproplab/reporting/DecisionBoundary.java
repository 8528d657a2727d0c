package org.backproplab.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a classifier of two inputs makes of the plane, written as a PNG: every point of the plane tinted by the
 * class it predicts there (paler where it is less sure), and the data drawn on top, each point in the full colour of
 * its true class, so a misclassified point shows as a dot of one colour on a field of another.
 *
 * <p>The classifier is a plain function of (x, y), so this module needs no network type: the experiments module
 * passes {@code (x, y) -> network.predict(x, y)}. It is asked once per cell of a {@code resolution x resolution}
 * grid, at the cell's centre; the class is the one with the highest probability, and the tint's strength grows
 * from a coin toss (1 / classes) to certainty (1). Cells where the classifier gives no number (NaN from a diverged
 * network) are grey. Points outside the ranges are not drawn.
 *
 * <p>The plane is the plot's background image, one pixel per cell, stretched to the axes' ranges: cheaper than tens
 * of thousands of rectangles and free of the hairlines that anti-aliasing leaves between them. Dataset 0 holds the
 * points, series {@code k} those labelled {@code k}.
 *
 * @param classes the classes' names, in the order of the classifier's probabilities; a name that is an
 *                activation's would take its colour, so call them "class 0" or by what they are
 * @param xRange  {@code {min, max}} of the first input, likewise {@code yRange}
 * @param points  {@code points[i] = {x, y}}, labelled {@code labels[i]}, an index into {@code classes}
 */
public record DecisionBoundary(String title, String xLabel, String yLabel, List<String> classes, double[] xRange,
        double[] yRange, int resolution, Classifier classifier, double[][] points, int[] labels) implements Chart {

    /** What the network predicts at (x, y): one probability per class (a binary classifier gives {1 - p, p}). */
    @FunctionalInterface
    public interface Classifier {
        double[] probabilities(double x, double y);
    }

    /**
     * Where the classifier is asked, cell by cell in the order the plane is drawn (rows from the top, each from the
     * left): {@code {x, y}} of cell {@code j * resolution + i}. A caller that measures a network ahead of time
     * (and stores the numbers) asks it here, and hands the answers back through {@link #precomputed}.
     */
    public static double[][] cellCentres(double[] xRange, double[] yRange, int resolution) {
        double[][] centres = new double[resolution * resolution][];
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) {
                centres[j * resolution + i] = new double[] {centreX(xRange, resolution, i),
                        centreY(yRange, resolution, j)};
            }
        }
        return centres;
    }

    /**
     * A classifier that answers from {@code probabilities[cell]}, measured at {@link #cellCentres} of the same
     * ranges and resolution: the cell is found from the point, whose centre lies half a cell from any edge.
     */
    public static Classifier precomputed(double[] xRange, double[] yRange, int resolution, double[][] probabilities) {
        if (probabilities.length != resolution * resolution) {
            throw new IllegalArgumentException("expected " + resolution * resolution + " cells, got "
                    + probabilities.length);
        }
        double[] xr = xRange.clone();
        double[] yr = yRange.clone();
        return (x, y) -> {
            int i = Math.min(resolution - 1, Math.max(0, (int) Math.floor((x - xr[0]) / (xr[1] - xr[0]) * resolution)));
            int j = Math.min(resolution - 1, Math.max(0, (int) Math.floor((yr[1] - y) / (yr[1] - yr[0]) * resolution)));
            return probabilities[j * resolution + i];
        };
    }

    private static double centreX(double[] xRange, int resolution, int i) {
        return xRange[0] + (i + 0.5) * (xRange[1] - xRange[0]) / resolution;
    }

    /** The image's rows run down, the y axis up. */
    private static double centreY(double[] yRange, int resolution, int j) {
        return yRange[1] - (j + 0.5) * (yRange[1] - yRange[0]) / resolution;
    }

    /** The most cells a side: a 900-pixel figure shows no finer grid, and the classifier is asked each cell. */
    public static final int MAX_RESOLUTION = 1000;

    /** Where the classifier gave no class. */
    static final Color NO_CLASS = new Color(0xD0D0D0);

    public DecisionBoundary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(classifier, "classifier");
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(title + ": a decision boundary needs at least one class");
        }
        xRange = range(title, "xRange", xRange);
        yRange = range(title, "yRange", yRange);
        if (resolution < 2 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException(title + ": resolution must be in [2, " + MAX_RESOLUTION + "], got "
                    + resolution);
        }
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(labels, "labels");
        if (points.length != labels.length) {
            throw new IllegalArgumentException(title + ": " + points.length + " points but " + labels.length
                    + " labels");
        }
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException(title + ": point " + i + " needs 2 coordinates, got "
                        + (points[i] == null ? "null" : Arrays.toString(points[i])));
            }
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException(title + ": point " + i + " has label " + labels[i] + ", not a class"
                        + " index in [0, " + classes.size() + ")");
            }
            copy[i] = points[i].clone();
        }
        points = copy;
        labels = labels.clone();
    }

    private static double[] range(String title, String name, double[] range) {
        if (range == null || range.length != 2 || !Double.isFinite(range[0]) || !Double.isFinite(range[1])
                || range[0] >= range[1]) {
            throw new IllegalArgumentException(title + ": " + name + " must be {min, max}, finite, min < max, got "
                    + Arrays.toString(range));
        }
        return range.clone();
    }

    @Override
    public double[] xRange() {
        return xRange.clone();
    }

    @Override
    public double[] yRange() {
        return yRange.clone();
    }

    @Override
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        return copy;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    @Override
    public JFreeChart toChart() {
        Color[] colours = new Color[classes.size()];
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int k = 0; k < classes.size(); k++) {
            colours[k] = Palette.colour(classes.get(k), k);
            // Every class gets its series, with points or not, so the legend names every class.
            data.addSeries(new XYSeries(classes.get(k), false, true));
            renderer.setSeriesPaint(k, colours[k]);
            renderer.setSeriesFillPaint(k, colours[k]);
            renderer.setSeriesOutlinePaint(k, colours[k].darker().darker());
            renderer.setSeriesShape(k, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        for (int i = 0; i < points.length; i++) {
            data.getSeries(labels[i]).add(points[i][0], points[i][1]);
        }
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.2f));

        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        // Exactly the classifier's ranges, no margin: the background image is stretched to them.
        x.setRange(xRange[0], xRange[1]);
        y.setRange(yRange[0], yRange[1]);
        ChartStyle.axes(x, y);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Plane plane = plane(colours);
        plot.setBackgroundImage(plane.image());
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1.0f);
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.roomForLastTick(chart);
        if (plane.noClass()) {
            // A plane all grey says nothing without this: the network's outputs were NaN (it diverged).
            chart.addSubtitle(0, new TextTitle("grey: no class, where the classifier's output is not a number",
                    ChartStyle.TICK));
        }
        // The image is stretched several pixels a cell; blending neighbours keeps a slanted boundary from stair-steps.
        chart.getRenderingHints().put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return chart;
    }

    /** The predicted classes as an image, and whether any cell has no class. */
    private record Plane(BufferedImage image, boolean noClass) {
    }

    /** The predicted classes as an image: pixel (i, j) is the cell i-th from the left, j-th from the top. */
    private Plane plane(Color[] colours) {
        boolean noClass = false;
        BufferedImage image = new BufferedImage(resolution, resolution, BufferedImage.TYPE_INT_RGB);
        double coinToss = 1.0 / classes.size();
        for (int j = 0; j < resolution; j++) {
            // The image's rows run down, the y axis up.
            double cy = centreY(yRange, resolution, j);
            for (int i = 0; i < resolution; i++) {
                double cx = centreX(xRange, resolution, i);
                double[] p = classifier.probabilities(cx, cy);
                if (p == null || p.length != classes.size()) {
                    throw new IllegalArgumentException(title + ": the classifier gave "
                            + (p == null ? "null" : p.length + " probabilities") + " at (" + cx + ", " + cy
                            + ") for " + classes.size() + " classes");
                }
                int k = argmax(p);
                Color colour = NO_CLASS;
                noClass |= k < 0;
                if (k >= 0) {
                    double sure = classes.size() == 1 ? 1.0 : (p[k] - coinToss) / (1.0 - coinToss);
                    colour = tint(colours[k], sure);
                }
                image.setRGB(i, j, colour.getRGB());
            }
        }
        return new Plane(image, noClass);
    }

    /**
     * The class's tint at a confidence of {@code sure} in [0, 1]: pale enough at 1 for the points in the full colour
     * to stand out, and still coloured at 0, so the class of every cell can be told.
     */
    static Color tint(Color colour, double sure) {
        return Palette.tint(colour, 0.12 + 0.28 * Math.max(0.0, Math.min(1.0, sure)));
    }

    /** The index of the largest probability; -1 if any is NaN, as nothing can be said there. */
    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 0; k < p.length; k++) {
            if (Double.isNaN(p[k])) {
                return -1;
            }
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
