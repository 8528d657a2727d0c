package org.backproplab.reporting;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plane cut into regions, each in a colour of its own: cell {@code j * resolution + i} (rows from the top, each
 * from the left, as {@link DecisionBoundary#cellCentres}) belongs to region {@code regions[cell]}, and a region's
 * colour is a hash of its number, so neighbours differ and the same numbering gives the same picture. Drawn as the
 * plot's background image, one pixel per cell and no blending (a region's edge is where the colour changes), with
 * {@code points} on top as small dots, if any. For the linear regions of a ReLU network: where one colour ends, some
 * unit switches on or off.
 */
public record RegionMap(String title, String xLabel, String yLabel, double[] xRange, double[] yRange, int resolution,
        int[] regions, double[][] points) implements Chart {
    public RegionMap {
        Objects.requireNonNull(title, "title");
        if (resolution < 2 || regions == null || regions.length != resolution * resolution) {
            throw new IllegalArgumentException(title + ": expected " + resolution + " x " + resolution + " cells, got "
                    + (regions == null ? "none" : regions.length));
        }
        if (xRange == null || xRange.length != 2 || !(xRange[0] < xRange[1]) || yRange == null || yRange.length != 2
                || !(yRange[0] < yRange[1])) {
            throw new IllegalArgumentException(title + ": ranges must be {min, max} with min < max, got "
                    + Arrays.toString(xRange) + ", " + Arrays.toString(yRange));
        }
        xRange = xRange.clone();
        yRange = yRange.clone();
        regions = regions.clone();
        points = points == null ? new double[0][] : Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * Region {@code id}'s colour: a hash (SplitMix64's finalizer) of the number spread over hue, kept mid-light and
     * fairly saturated so that black dots stay visible on every region.
     */
    static Color colour(int id) {
        long z = id * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        float hue = (z & 0xFFFF) / 65536f;
        float saturation = 0.35f + 0.4f * ((z >>> 16) & 0xFF) / 255f;
        float brightness = 0.75f + 0.2f * ((z >>> 24) & 0xFF) / 255f;
        return Color.getHSBColor(hue, saturation, brightness);
    }

    @Override
    public JFreeChart toChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dots = new XYSeries("training points", false, true);
        for (double[] p : points) {
            dots.add(p[0], p[1]);
        }
        data.addSeries(dots);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, new Color(0x202020));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setRange(xRange[0], xRange[1]);
        y.setRange(yRange[0], yRange[1]);
        ChartStyle.axes(x, y);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        BufferedImage image = new BufferedImage(resolution, resolution, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) {
                image.setRGB(i, j, colour(regions[j * resolution + i]).getRGB());
            }
        }
        plot.setBackgroundImage(image);
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1.0f);
        JFreeChart chart = ChartStyle.chart(title, plot, points.length > 0);
        ChartStyle.roomForLastTick(chart);
        // Each cell is its region: blending neighbours would invent colours that are no region's.
        chart.getRenderingHints().put(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        return chart;
    }
}
