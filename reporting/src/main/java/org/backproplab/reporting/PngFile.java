package org.backproplab.reporting;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws charts and writes them as PNG files. The image is encoded in memory and written with one call, so that a
 * full disk is one IOException naming the file. ImageIO's convenience methods are not used: by default they cache
 * the stream in a temporary file in java.io.tmpdir (a file outside results/) and register it with a shutdown hook,
 * which on a full disk threw its own NullPointerException at exit.
 *
 * <p>Every chart is checked as it is drawn, when assertions are on: surefire runs the tests with them, so every
 * figure an experiment writes during the build passes {@link FigureCheck}; the command line runs without them.
 */
final class PngFile {
    private PngFile() {
    }

    /** Writes {@code chart} to {@code file} as a {@code width x height} PNG, creating folders. */
    static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage image = canvas(file, width, height);
        Graphics2D g2 = image.createGraphics();
        try {
            draw(chart, g2, new Rectangle2D.Double(0, 0, width, height), file);
        } finally {
            g2.dispose();
        }
        write(image, file);
    }

    /** A white image of the given size, or an exception naming the file if the size is not positive. */
    static BufferedImage canvas(Path file, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(file.getFileName() + ": a PNG needs a positive size, got "
                    + width + "x" + height);
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Draws {@code chart} into {@code area} of {@code g2}, and with assertions on checks what was drawn. */
    static void draw(JFreeChart chart, Graphics2D g2, Rectangle2D area, Path file) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, area, null, info);
        assert passes(chart, g2, info, file);
    }

    private static boolean passes(JFreeChart chart, Graphics2D g2, ChartRenderingInfo info, Path file) {
        List<String> problems = FigureCheck.problems(chart, g2, info);
        if (!problems.isEmpty()) {
            throw new AssertionError(file.getFileName() + " (\"" + FigureCheck.title(chart) + "\"): "
                    + String.join("; ", problems));
        }
        return true;
    }

    /** Encodes {@code image} as PNG in memory and writes it to {@code file}, creating folders. */
    static void write(BufferedImage image, Path file) throws IOException {
        byte[] png = encode(image);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.write(file, png);
        } catch (IOException e) {
            // Half a PNG is no figure: leave none rather than a broken one.
            try {
                Files.deleteIfExists(file);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    static byte[] encode(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
