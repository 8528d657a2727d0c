package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramTest {
    @TempDir
    Path dir;

    // Four bins over [-1, 1], edges at -0.5, 0 and 0.5. By hand: -1 in the first, -0.5 and -0.49 in the second, 0 in
    // the third; 0.5 and 1 in the last. -3 and 2 lie beyond the range and are not drawn; NaN and infinity are left
    // out: six values drawn of ten.
    private static final double[] LAYER_1 = {-1, -0.5, -0.49, 0, 0.5, 1, 2, -3, Double.NaN,
        Double.NEGATIVE_INFINITY};
    private static final double[] COUNTS_1 = {1, 2, 1, 2};
    private static final double[] LAYER_2 = {0.1, 0.2, -0.2};

    private static Histogram layers(boolean sequential) {
        return new Histogram("activations", "value", "count", List.of(new Histogram.Sample("layer 1", LAYER_1),
                new Histogram.Sample("relu", LAYER_2)), 4, -1, 1, sequential);
    }

    @Test
    void writesAPngOfTheAskedSize() throws Exception {
        Path file = dir.resolve("hist/activations.png");
        layers(true).writePng(file, 900, 560);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    @Test
    void theBinsCountTheValuesWithinTheRangeAndNoOverflowPilesUpInTheEndBins() {
        IntervalXYDataset counts = (IntervalXYDataset) layers(true).toChart().getXYPlot().getDataset(0);
        assertEquals(4, counts.getItemCount(0));
        double total = 0;
        for (int b = 0; b < 4; b++) {
            assertEquals(COUNTS_1[b], counts.getYValue(0, b), "bin " + b);
            assertEquals(-1 + 0.5 * b, counts.getStartXValue(0, b), 1e-15);
            total += counts.getYValue(0, b);
        }
        assertEquals(6, total, "the values within [min, max], no more, no fewer");
        assertEquals(1.0, counts.getYValue(1, 1));
        assertEquals(2.0, counts.getYValue(1, 2));
    }

    @Test
    void theOutlineFollowsTheBarsTopsAndClosesAtZero() {
        XYDataset outline = layers(true).toChart().getXYPlot().getDataset(1);
        double[] x = {-1, -1, -0.5, 0, 0.5, 1, 1};
        double[] y = {0, 1, 2, 1, 2, 2, 0};
        assertEquals(x.length, outline.getItemCount(0));
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], outline.getXValue(0, i), 1e-15, "x of step " + i);
            assertEquals(y[i], outline.getYValue(0, i), "y of step " + i);
        }
    }

    @Test
    void theLegendCountsTheValuesLeftOutAndColoursByOrderOrByName() {
        XYPlot ordered = layers(true).toChart().getXYPlot();
        LegendItemCollection legend = ordered.getLegendItems();
        assertEquals("layer 1 (2 not finite, 1 below -1, 1 above 1, not drawn)", legend.get(0).getLabel());
        assertEquals("relu", legend.get(1).getLabel());
        assertEquals(Palette.sequential(1, 2), legend.get(1).getOutlinePaint());
        assertEquals(Palette.sequential(1, 2), ordered.getRenderer(1).getSeriesPaint(1));
        Color fill = (Color) ordered.getRenderer(0).getSeriesPaint(1);
        assertEquals(Palette.sequential(1, 2).getRGB() & 0xFFFFFF, fill.getRGB() & 0xFFFFFF);
        assertEquals(true, fill.getAlpha() < 128, "translucent, so the samples beneath show");

        XYPlot named = layers(false).toChart().getXYPlot();
        assertEquals(Palette.colour("relu", 1), named.getRenderer(1).getSeriesPaint(1));
    }

    @Test
    void theSamplesAreCopiedSoTheCallerMayReuseItsArray() {
        double[] values = {1, 2};
        Histogram.Sample sample = new Histogram.Sample("a", values);
        values[0] = 99;
        assertEquals(1.0, sample.values()[0]);
    }

    @Test
    void refusesWhatCannotBeDrawnNamingTheProblem() {
        List<Histogram.Sample> one = List.of(new Histogram.Sample("a", new double[] {1}));
        assertEquals("h: a histogram needs at least one sample",
                refused(() -> new Histogram("h", "x", "y", List.of(), 10, 0, 1, false)));
        assertEquals("layer 1: a sample needs at least one value",
                refused(() -> new Histogram.Sample("layer 1", new double[0])));
        assertEquals("h: two samples named a", refused(() -> new Histogram("h", "x", "y",
                List.of(one.get(0), new Histogram.Sample("a", new double[] {2})), 10, 0, 1, false)));
        assertEquals("h: bins must be in [1, 400], got 0", refused(() -> new Histogram("h", "x", "y", one, 0, 0, 1,
                false)));
        assertEquals("h: the bins need finite min < max, got 1.0 to -1.0", refused(() -> new Histogram("h", "x", "y",
                one, 10, 1, -1, false)));
        assertEquals("h: the bins need finite min < max, got -Infinity to 1.0", refused(() -> new Histogram("h", "x",
                "y", one, 10, Double.NEGATIVE_INFINITY, 1, false)));
    }

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
