package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxPlotTest {
    @TempDir
    Path dir;

    // Sorted, relu's finite values are 0.6 0.7 0.8 0.9 0.95: median 0.8, hinges 0.7 and 0.9, mean 0.79.
    private static final double[] RELU = {0.9, 0.7, Double.NaN, 0.8, 0.95, 0.6};
    // Hinges 2 and 4, so anything above 4 + 1.5 * 2 = 7 lies beyond the whisker.
    private static final double[] TANH = {3, 1, 100, 2, 4};

    private static BoxPlot accuracy() {
        return new BoxPlot("accuracy", "activation", "test accuracy",
                List.of(new BoxPlot.Box("tanh", TANH), new BoxPlot.Box("relu", RELU)));
    }

    private static CategoryPlot plot(BoxPlot chart) {
        return chart.toChart().getCategoryPlot();
    }

    @Test
    void writesAPngOfTheAskedSizeCreatingItsFolder() throws Exception {
        Path file = dir.resolve("figures/box.png");
        accuracy().writePng(file, 900, 560);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        boolean relu = false;
        for (int y = 0; y < image.getHeight() && !relu; y++) {
            for (int x = 0; x < image.getWidth() && !relu; x++) {
                relu = (image.getRGB(x, y) & 0xFFFFFF) == (Palette.colour("relu", 1).getRGB() & 0xFFFFFF);
            }
        }
        assertTrue(relu, "no pixel in relu's colour: its dots are missing");
    }

    @Test
    void eachBoxHoldsTheQuartilesMedianAndMeanOfItsFiniteValues() {
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot(accuracy()).getDataset(0);
        assertEquals(List.of("tanh", "relu (1 diverged)"), boxes.getColumnKeys());
        assertEquals(0.8, boxes.getMedianValue(0, 1).doubleValue(), 1e-15);
        assertEquals(0.7, boxes.getQ1Value(0, 1).doubleValue(), 1e-15);
        assertEquals(0.9, boxes.getQ3Value(0, 1).doubleValue(), 1e-15);
        assertEquals(0.79, boxes.getMeanValue(0, 1).doubleValue(), 1e-15);
        assertEquals(0.6, boxes.getMinRegularValue(0, 1).doubleValue(), 1e-15);
        assertEquals(0.95, boxes.getMaxRegularValue(0, 1).doubleValue(), 1e-15);
    }

    @Test
    void anEvenCountTakesTheHingesFromTheTwoHalves() {
        BoxPlot chart = new BoxPlot("t", "x", "y", List.of(new BoxPlot.Box("a", new double[] {4, 1, 3, 2})));
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot(chart).getDataset(0);
        assertEquals(1.5, boxes.getQ1Value(0, 0).doubleValue());
        assertEquals(2.5, boxes.getMedianValue(0, 0).doubleValue());
        assertEquals(3.5, boxes.getQ3Value(0, 0).doubleValue());
    }

    @Test
    void aValueBeyondTheWhiskersIsADotNotPartOfTheWhisker() {
        CategoryPlot plot = plot(accuracy());
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
        assertEquals(4.0, boxes.getMaxRegularValue(0, 0).doubleValue());
        // The renderer's own outlier circles would draw 100 a second time, over its dot.
        assertNull(boxes.getOutliers(0, 0));
        CategoryDataset dots = plot.getDataset(1);
        assertEquals(100.0, dots.getValue("run 3", "tanh").doubleValue());
    }

    @Test
    void everyValueIsADotInItsRunsRowAndADivergedRunIsNone() {
        CategoryDataset dots = plot(accuracy()).getDataset(1);
        assertEquals(RELU.length, dots.getRowCount(), "one row per run of the longest box");
        for (int i = 0; i < RELU.length; i++) {
            Number dot = dots.getValue(i, 1);
            if (Double.isNaN(RELU[i])) {
                assertNull(dot, "run " + (i + 1));
            } else {
                assertEquals(RELU[i], dot.doubleValue(), "run " + (i + 1));
            }
        }
        assertNull(dots.getValue(5, 0), "tanh has no sixth run");
        CategoryDataset means = plot(accuracy()).getDataset(2);
        assertEquals(22.0, means.getValue(0, 0).doubleValue(), 1e-12);
    }

    @Test
    void aBoxWhoseRunsAllDivergedIsAnEmptyCategoryThatSaysSo() throws Exception {
        BoxPlot chart = new BoxPlot("t", "x", "y", List.of(new BoxPlot.Box("relu", new double[] {0.9, 0.8}),
                new BoxPlot.Box("selu", new double[] {Double.NaN, Double.POSITIVE_INFINITY})));
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot(chart).getDataset(0);
        assertEquals("selu (2 diverged)", boxes.getColumnKey(1));
        assertNull(boxes.getMedianValue(0, 1));
        chart.writePng(dir.resolve("diverged.png"), 400, 300);
        assertEquals(300, ImageIO.read(dir.resolve("diverged.png").toFile()).getHeight());
    }

    @Test
    void eachBoxAndItsDotsTakeTheColourOfTheirName() {
        CategoryPlot plot = plot(accuracy());
        assertEquals(Palette.colour("relu", 1), plot.getRenderer(0).getItemOutlinePaint(0, 1));
        assertEquals(Palette.tint(Palette.colour("relu", 1), 0.3), plot.getRenderer(0).getItemPaint(0, 1));
        assertEquals(Palette.colour("tanh", 0), plot.getRenderer(1).getItemPaint(2, 0));
        assertEquals(Palette.colour("relu", 1), plot.getRenderer(1).getItemPaint(2, 1));
    }

    @Test
    void theBoxesAreCopiedSoTheCallerMayReuseItsArray() {
        double[] values = {1, 2, 3};
        BoxPlot.Box box = new BoxPlot.Box("a", values);
        values[0] = 99;
        assertEquals(1.0, box.values()[0]);
    }

    @Test
    void refusesWhatCannotBeDrawnNamingTheProblem() {
        assertEquals("accuracy: a box plot needs at least one box", assertThrows(IllegalArgumentException.class,
                () -> new BoxPlot("accuracy", "x", "y", List.of())).getMessage());
        assertEquals("relu: a box needs at least one value", assertThrows(IllegalArgumentException.class,
                () -> new BoxPlot.Box("relu", new double[0])).getMessage());
        assertEquals("accuracy: two boxes named relu", assertThrows(IllegalArgumentException.class,
                () -> new BoxPlot("accuracy", "x", "y", List.of(new BoxPlot.Box("relu", new double[] {1}),
                        new BoxPlot.Box("relu", new double[] {2})))).getMessage());
    }
}
