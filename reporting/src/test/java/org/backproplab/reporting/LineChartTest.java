package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChartTest {
    @TempDir
    Path dir;

    private static final double[] DEPTH = {1, 2, 3, 4};

    private static LineChart accuracy(Scale scale) {
        return new LineChart("Test accuracy vs depth", "hidden layers", "test accuracy", List.of(
                new Series("sigmoid", DEPTH, new double[] {0.9, 0.8, 0.5, 0.33}, new double[] {0.01, 0.05, 0.1, 0}),
                new Series("relu", DEPTH, new double[] {0.9, 0.95, 0.97, 0.97}, new double[] {0.02, 0.01, 0, 0})),
                scale, true);
    }

    @Test
    void writesAPngOfTheAskedSizeWithTheSeriesColoursInIt() throws Exception {
        Path file = dir.resolve("sub/chart.png");
        accuracy(Scale.LINEAR).writePng(file, 800, 500);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        // Not blank, and both lines drawn in their activation's colour (exact pixels exist along the lines).
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours: a blank chart?");
        assertTrue(colours.contains(Palette.colour("sigmoid", 0).getRGB() & 0xFFFFFF), "no sigmoid line");
        assertTrue(colours.contains(Palette.colour("relu", 1).getRGB() & 0xFFFFFF), "no relu line");
    }

    @Test
    void theChartHoldsTheSeriesValuesAndTheirBands() {
        XYPlot plot = accuracy(Scale.LINEAR).toChart().getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(0.5, data.getYValue(0, 2));
        assertEquals(0.4, data.getStartYValue(0, 2), 1e-15);
        assertEquals(0.6, data.getEndYValue(0, 2), 1e-15);
    }

    @Test
    void aLogAxisLeavesOutWhatItCannotDrawAndCutsBandsAboveZero() throws Exception {
        LineChart chart = new LineChart("loss", "epoch", "loss", List.of(new Series("relu",
                new double[] {0, 1, 2, 3}, new double[] {1.0, 0.0, Double.NaN, 1e-3},
                new double[] {0.1, 0.1, 0.1, 5e-3})), Scale.LOG, false);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.toChart().getXYPlot().getDataset();
        assertEquals(2, data.getItemCount(0));
        assertEquals(1e-3, data.getYValue(0, 1));
        assertEquals(1e-4, data.getStartYValue(0, 1), 1e-18);
        chart.writePng(dir.resolve("log.png"), 400, 300);
        assertEquals(400, ImageIO.read(dir.resolve("log.png").toFile()).getWidth());
    }

    @Test
    void aLogChartWithASeriesOfOnlyZerosStillDrawsTheOthers() throws Exception {
        LineChart chart = new LineChart("diff", "step", "difference", List.of(
                Series.of("all zero", new double[] {0, 1, 2}, new double[] {0, 0, 0}),
                Series.of("tiny", new double[] {0, 1, 2}, new double[] {1e-16, 0, 3e-12})), Scale.LOG, true);
        var range = chart.toChart().getXYPlot().getRangeAxis().getRange();
        assertTrue(range.getLowerBound() > 0 && range.getLowerBound() <= 1e-16, range.toString());
        assertTrue(range.getUpperBound() >= 3e-12 && range.getUpperBound() < 1e-10, range.toString());
    }

    @Test
    void activationsKeepTheirColourWhateverTheirPosition() {
        assertEquals(Palette.colour("relu", 0), Palette.colour("ReLU", 5));
        assertNotEquals(Palette.colour("depth 1", 0), Palette.colour("depth 2", 1));
        assertEquals(Color.class, Palette.colour("x", -1).getClass());
    }

    @Test
    void variantsOfAnActivationShareItsColourAndDifferByDash() {
        double[] x = {1, 2};
        double[] y = {1, 2};
        LineChart chart = new LineChart("t", "x", "y", List.of(Series.of("sigmoid, standard", x, y),
                Series.of("relu, standard", x, y), Series.of("sigmoid, matched", x, y), Series.of("depth 3", x, y)),
                Scale.LINEAR, false);
        var renderer = ((XYPlot) chart.toChart().getPlot()).getRenderer();
        assertEquals(Palette.colour("sigmoid", 0), renderer.getSeriesPaint(0));
        assertEquals(Palette.colour("sigmoid", 0), renderer.getSeriesPaint(2));
        assertEquals(Palette.colour("relu", 0), renderer.getSeriesPaint(1));
        var solid = (java.awt.BasicStroke) renderer.getSeriesStroke(0);
        var dashed = (java.awt.BasicStroke) renderer.getSeriesStroke(2);
        assertEquals(null, solid.getDashArray());
        assertTrue(dashed.getDashArray() != null, "the second sigmoid line is dashed");
        assertEquals(null, ((java.awt.BasicStroke) renderer.getSeriesStroke(1)).getDashArray());
        assertEquals("depth 3", LineChart.family("depth 3"));
        assertEquals("tanh", LineChart.family("tanh, lr 0.1"));
    }

    @Test
    void aFractionsBandStopsAtZeroAndOne() {
        LineChart chart = new LineChart("t", "x", "accuracy", List.of(new Series("tanh", new double[] {1, 2},
                new double[] {0.95, 0.05}, new double[] {0.2, 0.2})), Scale.LINEAR, true).asFraction();
        var data = (YIntervalSeriesCollection) ((XYPlot) chart.toChart().getPlot()).getDataset();
        assertEquals(1.0, data.getEndYValue(0, 0), 1e-15);
        assertEquals(0.75, data.getStartYValue(0, 0), 1e-15);
        assertEquals(0.0, data.getStartYValue(0, 1), 1e-15);
        assertEquals(0.25, data.getEndYValue(0, 1), 1e-15);
    }

    @Test
    void moreSeriesThanALegendShowsAreRefused() {
        List<Series> thirteen = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(Series.of("lr " + i, DEPTH, DEPTH));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LineChart("loss", "epoch", "loss", thirteen, Scale.LOG, true));
        assertEquals("loss: 13 series, more than the 12 one legend can show; split them over several figures",
                e.getMessage());
    }

    @Test
    void theXAxisEndsAtTheLastEpoch() {
        var x = accuracy(Scale.LINEAR).toChart().getXYPlot().getDomainAxis().getRange();
        assertEquals(1.0, x.getLowerBound(), 1e-12);
        assertEquals(4.0, x.getUpperBound(), 1e-12);
    }

    @Test
    void aLogAxisOverThreeHundredDecadesWithNaNInfinityAndZeroIsCappedAndSaysSo() {
        LineChart chart = new LineChart("diverged", "epoch", "loss", List.of(Series.of("relu",
                new double[] {0, 1, 2, 3, 4, 5, 6}, new double[] {0.125, 1e-300, 1e300, Double.POSITIVE_INFINITY,
                    Double.NaN, 0, 0.1})), Scale.LOG, true);
        var jfree = chart.toChart();
        var y = jfree.getXYPlot().getRangeAxis().getRange();
        assertTrue(Math.log10(y.getUpperBound() / y.getLowerBound()) < 40, y.toString());
        assertTrue(((List<?>) jfree.getSubtitles()).stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle title
                && title.getText().endsWith("not shown: a log axis here spans at most 30 decades")));
        assertEquals(List.of(), FigureCheck.problems(jfree));
    }

    @Test
    void mismatchedSeriesAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Series("tanh", new double[2], new double[3], null));
        assertEquals("tanh: 2 x values but 3 y values", e.getMessage());
    }
}
