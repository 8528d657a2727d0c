package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFileTest {
    @TempDir
    Path dir;

    private static LineChart good() {
        return new LineChart("loss", "epoch", "loss", List.of(Series.of("relu", new double[] {0, 1, 2},
                new double[] {2, 1, 0.5})), Scale.LOG, true);
    }

    @Test
    void theTestsRunWithAssertionsSoEveryFigureIsChecked() {
        boolean on = false;
        assert on = true;
        assertTrue(on, "surefire runs with -ea; without it no figure is checked");
    }

    @Test
    void aChartTheCheckRefusesIsNotWrittenAndTheErrorNamesFileAndProblem() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries flat = new XYSeries("sigmoid");
        for (int e = 0; e < 5; e++) {
            flat.add(e, 0.0998);
        }
        data.addSeries(flat);
        JFreeChart chart = ChartFactory.createXYLineChart("accuracy", "epoch", "accuracy", data);
        Path file = dir.resolve("flat.png");
        AssertionError e = assertThrows(AssertionError.class, () -> PngFile.write(chart, file, 900, 560));
        assertTrue(e.getMessage().startsWith("flat.png (\"accuracy\"): "), e.getMessage());
        assertTrue(e.getMessage().contains("every value on the y axis is 0.0998"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aPngIsWrittenWithoutImageIosFileCache() throws IOException {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        boolean used = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(cache.toFile());
        try {
            good().writePng(dir.resolve("loss.png"), 600, 400);
        } finally {
            ImageIO.setCacheDirectory(null);
            ImageIO.setUseCache(used);
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(), files.toList(), "nothing in ImageIO's cache directory");
        }
        assertEquals(600, ImageIO.read(dir.resolve("loss.png").toFile()).getWidth());
    }

    @Test
    void aFailedWriteIsOneIOExceptionAndLeavesNoFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("results"), "a file where a folder should be");
        assertThrows(IOException.class, () -> good().writePng(notAFolder.resolve("loss.png"), 600, 400));
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        if (readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly)) {
            assertThrows(IOException.class, () -> good().writePng(readOnly.resolve("loss.png"), 600, 400));
            assertFalse(Files.exists(readOnly.resolve("loss.png")));
            readOnly.toFile().setWritable(true);
        }
    }
}
