package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatMapTest {
    @TempDir
    Path dir;

    private static final List<String> DEPTHS = List.of("1", "2", "4");
    private static final List<String> ACTIVATIONS = List.of("sigmoid", "relu");
    private static final double[][] ACCURACY = {{0.0, 0.5123, Double.NaN}, {1.0, 0.97, 1.2}};

    private static HeatMap accuracy() {
        return new HeatMap("accuracy", "hidden layers", "activation", DEPTHS, ACTIVATIONS, ACCURACY,
                "test accuracy", 0.0, 1.0);
    }

    @Test
    void writesAPngOfTheAskedSize() throws Exception {
        Path file = dir.resolve("maps/accuracy.png");
        accuracy().writePng(file, 900, 560);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    @Test
    void eachCellHoldsItsValueAtItsColumnAndRow() {
        XYZDataset data = (XYZDataset) accuracy().toChart().getXYPlot().getDataset();
        assertEquals(6, data.getItemCount(0));
        int seen = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            int c = (int) data.getXValue(0, i);
            int r = (int) data.getYValue(0, i);
            assertEquals(ACCURACY[r][c], data.getZValue(0, i), "row " + r + ", column " + c);
            seen |= 1 << (r * 3 + c);
        }
        assertEquals(0b111111, seen, "every cell once");
    }

    @Test
    void rowsRunDownFromTheTopUnderTheirNames() {
        XYPlot plot = accuracy().toChart().getXYPlot();
        SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
        assertArrayEquals(new String[] {"sigmoid", "relu"}, rows.getSymbols());
        assertTrue(rows.isInverted(), "row 0 at the top, as in a table");
        assertArrayEquals(new String[] {"1", "2", "4"}, ((SymbolAxis) plot.getDomainAxis()).getSymbols());
    }

    @Test
    void eachCellPrintsItsValueInTheColourThatStandsOutOnIt() {
        List<XYAnnotation> annotations = accuracy().toChart().getXYPlot().getAnnotations();
        assertEquals(1, annotations.size());
        CellLabels cells = (CellLabels) annotations.get(0);
        assertEquals("0", cells.text(0, 0));
        assertEquals("0.512", cells.text(0, 1));
        assertEquals("n/a", cells.text(0, 2));
        assertEquals("1.2", cells.text(1, 2), "the text gives the value the colour cannot");
        // Viridis's dark purple end takes white text, its yellow end black; the grey of "n/a" takes black.
        assertEquals(Color.WHITE, cells.paint(0, 0));
        assertEquals(Color.BLACK, cells.paint(1, 0));
        assertEquals(Color.BLACK, cells.paint(0, 2));
    }

    @Test
    void theTextIsDrawnInTheMiddleOfItsCell() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = accuracy().toChart().createBufferedImage(900, 560, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // Row 0, column 0 is the top-left cell, value 0: viridis's darkest, with "0" in white at its centre.
        int cx = (int) (area.getX() + area.getWidth() / 6);
        int cy = (int) (area.getY() + area.getHeight() / 4);
        int white = 0;
        for (int y = cy - 10; y <= cy + 10; y++) {
            for (int x = cx - 10; x <= cx + 10; x++) {
                white += (image.getRGB(x, y) & 0xFF) > 200 ? 1 : 0;
            }
        }
        assertTrue(white > 10, "no text at the centre of the dark cell: " + white + " light pixels");
        assertEquals(Palette.viridis(0.0).getRGB(), image.getRGB(cx - 30, cy - 30), "the cell around it");
    }

    @Test
    void cellTextHasThreeSignificantDigitsAndAShortExponent() {
        assertEquals("0.973", HeatMap.cellText(0.97349));
        assertEquals("2.48e-5", HeatMap.cellText(2.4817e-5));
        assertEquals("1.23e4", HeatMap.cellText(12345.0));
        assertEquals("1e-100", HeatMap.cellText(1e-100));
        assertEquals("2.5e-5", HeatMap.cellText(2.5e-5));
        assertEquals("1.05e-5", HeatMap.cellText(1.05e-5));
        assertEquals("100", HeatMap.cellText(100.0));
        assertEquals("0.00344", HeatMap.cellText(0.0034412));
        assertEquals("-5.45e-4", HeatMap.cellText(-0.000545));
        assertEquals("n/a", HeatMap.cellText(Double.POSITIVE_INFINITY));
    }

    @Test
    void theCellTextShrinksToFitNarrowCellsAndNoFurtherThanItMust() {
        CellLabels cells = new CellLabels(new String[][] {{"0.000539", "1"}}, new Color[][] {{Color.BLACK,
            Color.BLACK}});
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        assertEquals(ChartStyle.LABEL.getSize2D(), cells.font(g2, 200, 80).getSize2D(), "wide cells keep the size");
        Font narrow = cells.font(g2, 50, 80);
        double width = g2.getFontMetrics(narrow).stringWidth("0.000539");
        assertTrue(narrow.getSize2D() < ChartStyle.LABEL.getSize2D() && width <= 50 * 0.85, width + " px");
        assertEquals(CellLabels.SMALLEST, cells.font(g2, 5, 80).getSize2D(), "too small for text, but not zero");
    }

    @Test
    void coloursRunOnViridisClampedAtTheEndsAndGreyWhereThereIsNoValue() {
        XYBlockRenderer renderer = (XYBlockRenderer) accuracy().toChart().getXYPlot().getRenderer();
        assertEquals(Palette.viridis(0.0), renderer.getPaintScale().getPaint(0.0));
        assertEquals(Palette.viridis(0.5), renderer.getPaintScale().getPaint(0.5));
        assertEquals(Palette.viridis(1.0), renderer.getPaintScale().getPaint(1.2));
        assertEquals(HeatMap.MISSING, renderer.getPaintScale().getPaint(Double.NaN));
    }

    @Test
    void aColourBarBesideTheGridNamesTheValueAndSpansTheScale() {
        JFreeChart chart = new HeatMap("loss", "x", "y", DEPTHS, ACTIVATIONS, ACCURACY, "final loss", 0.5, 0.9)
                .toChart();
        PaintScaleLegend legend = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend found) {
                legend = found;
            }
        }
        assertNotNull(legend, "no colour bar");
        assertEquals("final loss", legend.getAxis().getLabel());
        assertEquals(0.5, legend.getAxis().getLowerBound());
        assertEquals(0.9, legend.getAxis().getUpperBound());
        assertEquals(Palette.viridis(0.5), legend.getScale().getPaint(0.7));
    }

    @Test
    void theValuesAreCopiedSoTheCallerMayReuseItsArrays() {
        double[][] values = {{1, 2}};
        HeatMap map = new HeatMap("t", "x", "y", List.of("a", "b"), List.of("r"), values, "v", 0, 2);
        values[0][0] = 99;
        assertEquals(1.0, map.values()[0][0]);
    }

    @Test
    void refusesWhatCannotBeDrawnNamingTheProblem() {
        assertEquals("t: a heat map needs at least one row and one column, got 1 rows and 0 columns",
                refused(() -> new HeatMap("t", "x", "y", List.of(), List.of("r"), new double[][] {{}}, "v", 0, 1)));
        assertEquals("t: 2 rows named but 1 rows of values", refused(() -> new HeatMap("t", "x", "y",
                List.of("a"), List.of("r", "s"), new double[][] {{1}}, "v", 0, 1)));
        assertEquals("t: row s has 1 values for 2 columns", refused(() -> new HeatMap("t", "x", "y",
                List.of("a", "b"), List.of("r", "s"), new double[][] {{1, 2}, {3}}, "v", 0, 1)));
        assertEquals("t: the colour scale needs finite min < max, got 1.0 to 1.0", refused(() -> new HeatMap("t",
                "x", "y", List.of("a"), List.of("r"), new double[][] {{1}}, "v", 1, 1)));
        assertEquals("t: the colour scale needs finite min < max, got NaN to 1.0", refused(() -> new HeatMap("t",
                "x", "y", List.of("a"), List.of("r"), new double[][] {{1}}, "v", Double.NaN, 1)));
    }

    private static String refused(org.junit.jupiter.api.function.Executable constructor) {
        return assertThrows(IllegalArgumentException.class, constructor).getMessage();
    }
}
