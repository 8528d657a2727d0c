package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A REPORT.md with one of each block {@link MarkdownReport} writes, and its figure, written by MarkdownReport itself
 * so that the HTML and PDF tests read what an experiment really produces.
 */
final class ReportFixture {
    static final String TITLE = "Depth sweep: tanh & ReLU";
    /** A cell of the table, unique in the report, so a test can find it in the page and in the PDF. */
    static final String CELL = "0.9375";
    /** The slides' notation, outside Latin-1: it must print as written, not as '#'. */
    static final String MATHS = "\u03b4 = \u2202E/\u2202z, W := W \u2212 \u03b7 \u00b7 \u2202E/\u2202W, x \u2265 0";
    static final String CODE = "mvn -pl experiments exec:java -Dexp=depth-sweep";

    private ReportFixture() {
    }

    /** Writes REPORT.md and loss.png into {@code folder}; returns the markdown's path. */
    static Path write(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 120);
        g.setColor(new Color(0x1f77b4));
        g.fillRect(20, 20, 200, 80);
        g.dispose();
        ImageIO.write(image, "png", folder.resolve("loss.png").toFile());

        Path markdown = folder.resolve("REPORT.md");
        new MarkdownReport(TITLE)
                .paragraph("Accuracy after 200 epochs on moons, mean over 5 seeds, ± one standard deviation.")
                .paragraph("The update: " + MATHS + ".")
                .heading("Results")
                .bullets(List.of("deeper tanh networks train slower", "ReLU keeps its gradient"))
                .table(List.of("activation", "depth", "accuracy"), List.of(
                        List.of("tanh", "2", CELL), List.of("relu", "8", "0.8125 +/- 0.01")))
                .image("Training loss by epoch", "loss.png")
                .heading("How to run it")
                .code(CODE)
                .paragraph("Raw <b>HTML</b> & <script>alert(1)</script> is shown, not run.")
                .write(markdown);
        return markdown;
    }
}
