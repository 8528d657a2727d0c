package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionBoundaryTest {
    @TempDir
    Path dir;

    private static final List<String> CLASSES = List.of("inside", "outside");
    private static final double[][] POINTS = {{0.1, 0.9}, {0.8, 0.2}, {0.5, 0.5}};
    private static final int[] LABELS = {1, 0, 1};

    /** Class 1 above a slanted line, more surely the further from it; x and y both count, so a flip would show. */
    private static double[] aboveTheLine(double x, double y) {
        double p = 1.0 / (1.0 + Math.exp(-8.0 * (y - 0.3 * x - 0.4)));
        return new double[] {1.0 - p, p};
    }

    private static DecisionBoundary boundary(int resolution, DecisionBoundary.Classifier classifier) {
        return new DecisionBoundary("boundary", "x1", "x2", CLASSES, new double[] {0, 1}, new double[] {0, 2},
                resolution, classifier, POINTS, LABELS);
    }

    @Test
    void aPlaneWithoutAClassSaysWhatItsGreyMeans() {
        java.util.function.Function<DecisionBoundary, List<String>> notes = b -> ((List<?>) b.toChart().getSubtitles()).stream()
                .filter(t -> t instanceof org.jfree.chart.title.TextTitle).map(t -> ((org.jfree.chart.title.TextTitle) t)
                        .getText()).toList();
        assertTrue(notes.apply(boundary(4, (x, y) -> x < 0.5 ? new double[] {Double.NaN, Double.NaN}
                : aboveTheLine(x, y))).contains("grey: no class, where the classifier's output is not a number"));
        assertEquals(List.of(), notes.apply(boundary(4, DecisionBoundaryTest::aboveTheLine)));
    }

    @Test
    void writesAPngOfTheAskedSize() throws Exception {
        Path file = dir.resolve("plane/boundary.png");
        boundary(50, DecisionBoundaryTest::aboveTheLine).writePng(file, 900, 560);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    @Test
    void eachCellIsTintedByTheClassTheClassifierGivesAtItsCentre() {
        int n = 8;
        List<double[]> asked = new ArrayList<>();
        JFreeChart chart = boundary(n, (x, y) -> {
            asked.add(new double[] {x, y});
            return aboveTheLine(x, y);
        }).toChart();
        assertEquals(n * n, asked.size(), "once per cell");
        BufferedImage plane = (BufferedImage) chart.getXYPlot().getBackgroundImage();
        assertEquals(n, plane.getWidth());
        assertEquals(n, plane.getHeight());
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = (i + 0.5) / n;
                double y = 2.0 - (j + 0.5) * 2.0 / n; // the image's top row is the top of the plane
                double[] p = aboveTheLine(x, y);
                int k = p[1] > p[0] ? 1 : 0;
                Color expected = DecisionBoundary.tint(Palette.colour(CLASSES.get(k), k), 2.0 * p[k] - 1.0);
                assertEquals(expected.getRGB(), plane.getRGB(i, j), "cell " + i + ", " + j);
            }
        }
        assertNotEquals(plane.getRGB(0, 0), plane.getRGB(0, n - 1), "both classes on the plane");
    }

    @Test
    void aCellWithoutAnAnswerIsGrey() {
        BufferedImage plane = (BufferedImage) boundary(4, (x, y) -> x < 0.5 ? new double[] {Double.NaN, 0.5}
                : new double[] {0.2, 0.8}).toChart().getXYPlot().getBackgroundImage();
        assertEquals(DecisionBoundary.NO_CLASS.getRGB(), plane.getRGB(0, 0));
        assertEquals(DecisionBoundary.tint(Palette.colour("outside", 1), 0.6).getRGB(), plane.getRGB(3, 0));
    }

    @Test
    void aSureCellIsDeeperThanAnUnsureOneAndNeitherIsWhiteOrTheFullColour() {
        Color blue = Palette.colour("relu", 0);
        Color unsure = DecisionBoundary.tint(blue, 0.0);
        Color sure = DecisionBoundary.tint(blue, 1.0);
        assertTrue(sure.getRed() < unsure.getRed() && unsure.getRed() < 255, unsure + " then " + sure);
        assertTrue(sure.getRed() > blue.getRed(), "a dot in the full colour must stand out on " + sure);
        assertEquals(sure, DecisionBoundary.tint(blue, 7.0), "confidence is clamped to [0, 1]");
    }

    @Test
    void thePointsAreGroupedByTheirTrueClassAndTheLegendNamesEveryClass() {
        XYPlot plot = boundary(4, DecisionBoundaryTest::aboveTheLine).toChart().getXYPlot();
        XYDataset points = plot.getDataset();
        assertEquals(2, points.getSeriesCount());
        assertEquals(1, points.getItemCount(0));
        assertEquals(0.8, points.getXValue(0, 0));
        assertEquals(0.2, points.getYValue(0, 0));
        assertEquals(2, points.getItemCount(1));
        assertEquals(0.5, points.getXValue(1, 1));
        LegendItemCollection legend = plot.getLegendItems();
        assertEquals(2, legend.getItemCount());
        assertEquals("inside", legend.get(0).getLabel());
        assertEquals(Palette.colour("outside", 1), legend.get(1).getFillPaint());
    }

    @Test
    void aClassWithNoPointsStillHasItsLegendEntry() {
        DecisionBoundary none = new DecisionBoundary("b", "x", "y", List.of("a", "b", "c"), new double[] {0, 1},
                new double[] {0, 1}, 4, (x, y) -> new double[] {0.2, 0.3, 0.5}, new double[0][], new int[0]);
        assertEquals(3, none.toChart().getXYPlot().getLegendItems().getItemCount());
    }

    @Test
    void theAxesSpanExactlyTheClassifiersRanges() {
        XYPlot plot = boundary(4, DecisionBoundaryTest::aboveTheLine).toChart().getXYPlot();
        assertEquals(0.0, plot.getDomainAxis().getLowerBound());
        assertEquals(1.0, plot.getDomainAxis().getUpperBound());
        assertEquals(0.0, plot.getRangeAxis().getLowerBound());
        assertEquals(2.0, plot.getRangeAxis().getUpperBound());
    }

    @Test
    void refusesWhatCannotBeDrawnNamingTheProblem() {
        DecisionBoundary.Classifier f = DecisionBoundaryTest::aboveTheLine;
        double[] unit = {0, 1};
        assertEquals("b: a decision boundary needs at least one class", refused(() -> new DecisionBoundary("b",
                "x", "y", List.of(), unit, unit, 10, f, POINTS, LABELS)));
        assertEquals("b: 3 points but 2 labels", refused(() -> new DecisionBoundary("b", "x", "y", CLASSES, unit,
                unit, 10, f, POINTS, new int[] {0, 1})));
        assertEquals("b: point 2 has label 2, not a class index in [0, 2)", refused(() -> new DecisionBoundary("b",
                "x", "y", CLASSES, unit, unit, 10, f, POINTS, new int[] {0, 1, 2})));
        assertEquals("b: point 0 needs 2 coordinates, got [1.0, 2.0, 3.0]", refused(() -> new DecisionBoundary(
                "b", "x", "y", CLASSES, unit, unit, 10, f, new double[][] {{1, 2, 3}}, new int[] {0})));
        assertEquals("b: yRange must be {min, max}, finite, min < max, got [1.0, 0.0]", refused(
                () -> new DecisionBoundary("b", "x", "y", CLASSES, unit, new double[] {1, 0}, 10, f, POINTS, LABELS)));
        assertEquals("b: xRange must be {min, max}, finite, min < max, got [0.0, NaN]", refused(
                () -> new DecisionBoundary("b", "x", "y", CLASSES, new double[] {0, Double.NaN}, unit, 10, f, POINTS,
                        LABELS)));
        assertEquals("b: resolution must be in [2, 1000], got 1", refused(() -> new DecisionBoundary("b", "x", "y",
                CLASSES, unit, unit, 1, f, POINTS, LABELS)));
        DecisionBoundary threeForTwo = new DecisionBoundary("b", "x", "y", CLASSES, unit, unit, 2,
                (x, y) -> new double[] {0.2, 0.3, 0.5}, POINTS, LABELS);
        assertEquals("b: the classifier gave 3 probabilities at (0.25, 0.75) for 2 classes",
                refused(threeForTwo::toChart));
    }

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
