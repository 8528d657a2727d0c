package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.backproplab.reporting.HtmlReport;
import org.backproplab.reporting.MarkdownReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * A report.html as a student's browser shows it: HtmlReport's page for a small REPORT.md, opened from disk in
 * headless Chromium ({@link HeadlessChromium}). It must load without a console error, show its figure (inlined, so
 * it needs nothing beside the page) and its table. The screenshot is kept in target/report-page-browser/report.png
 * for a person to look at. Without Chromium the test is skipped, and says why.
 */
class ReportPageBrowserTest {
    static final Path OUT = Path.of("target", "report-page-browser").toAbsolutePath();
    static final String CELL = "0.9375";
    static ChromeDriver driver;
    /** Why the test cannot run here, or null. */
    static String absent;

    @BeforeAll
    static void start() throws IOException {
        absent = HeadlessChromium.absence("ReportPageBrowserTest");
        if (absent != null) {
            // Skipped in the test itself, not here, so that the report counts it as skipped.
            System.out.println(absent);
            return;
        }
        Files.createDirectories(OUT);
        driver = HeadlessChromium.start("report-page", 1000, 1400);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A REPORT.md with one block of each kind MarkdownReport writes, and its figure, in {@code folder}. */
    private static Path report(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(0x1f77b4));
        g.drawRect(10, 10, 460, 220);
        g.fillOval(190, 70, 100, 100);
        g.dispose();
        ImageIO.write(image, "png", folder.resolve("loss.png").toFile());
        Path markdown = folder.resolve("REPORT.md");
        new MarkdownReport("Depth sweep")
                .paragraph("Accuracy after 200 epochs on moons, mean over 5 seeds.")
                .heading("Results")
                .bullets(List.of("deeper tanh networks train slower", "ReLU keeps its gradient"))
                .table(List.of("activation", "depth", "accuracy"),
                        List.of(List.of("tanh", "2", CELL), List.of("relu", "8", "0.8125")))
                .image("Training loss by epoch", "loss.png")
                .heading("How to run it")
                .code("mvn -pl experiments exec:java -Dexp=depth-sweep")
                .write(markdown);
        return markdown;
    }

    @Test
    void theReportPageOpensFromDiskWithItsFigureAndTableAndNoConsoleError(@TempDir Path folder) throws IOException {
        Assumptions.assumeTrue(absent == null, absent);
        Path html = folder.resolve("report.html");
        HtmlReport.write(report(folder), html);
        // Alone in a folder of its own: the page must carry everything it shows.
        Path alone = Files.createDirectories(folder.resolve("handed-in")).resolve("report.html");
        Files.move(html, alone);

        driver.get(alone.toUri().toString());
        assertEquals("Depth sweep", driver.getTitle());
        List<WebElement> images = driver.findElements(By.tagName("img"));
        assertEquals(1, images.size());
        for (WebElement image : images) {
            Object width = driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image);
            assertEquals(480L, width, "the figure is shown at its own size");
        }
        List<String> cells = driver.findElements(By.cssSelector("table td")).stream().map(WebElement::getText)
                .toList();
        assertTrue(cells.contains(CELL), "the table shows " + cells);
        assertEquals("right", driver.findElement(By.xpath("//td[text()='" + CELL + "']")).getCssValue("text-align"),
                "numbers are right-aligned");
        Files.write(OUT.resolve("report.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        List<LogEntry> errors = HeadlessChromium.console(driver, Level.WARNING);
        assertTrue(errors.isEmpty(), "console says " + errors);
    }

    /**
     * The exercise's own write-up (its quick version, the one FiguresTest checks): the four items in order, every
     * figure shown, no console error, and the link to the 2-2-2 step-through page opening that page beside it.
     */
    @Test
    void theExercisesWriteUpOpensWithEveryFigureAndItsStepThroughLink() throws IOException {
        Assumptions.assumeTrue(absent == null, absent);
        Path folder = QuickRuns.of("exercise", 1);
        driver.get(folder.resolve("report.html").toUri().toString());
        List<String> headings = driver.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        List<String> items = headings.stream().filter(h -> h.matches("[1-4]\\. .*")).map(h -> h.substring(0, 1))
                .toList();
        assertEquals(List.of("1", "2", "3", "4"), items, "the exercise's four items in order: " + headings);
        List<WebElement> images = driver.findElements(By.tagName("img"));
        assertTrue(images.size() >= 10, images.size() + " figures");
        for (WebElement image : images) {
            Object width = driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image);
            assertTrue(width instanceof Long w && w >= 600, image.getAttribute("alt") + " is shown: " + width);
        }
        Files.write(OUT.resolve("exercise.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertTrue(HeadlessChromium.console(driver, Level.WARNING).isEmpty());
        driver.findElement(By.linkText("step-through.html")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/step-through.html"), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector("input[type=range]")).size() == 1, "the step slider");
        List<LogEntry> errors = HeadlessChromium.console(driver, Level.WARNING);
        assertTrue(errors.isEmpty(), "console says " + errors);
    }
}
