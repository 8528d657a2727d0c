package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.backproplab.experiments.training.TracePages;
import org.backproplab.experiments.training.TracePages.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The step-through pages in a real browser: Debian's Chromium, headless, driven by its own chromedriver through
 * Selenium. Each page generated (backprop-trace's two and a traced sweep's) is opened from disk: no console error,
 * the slider moves the step shown, and the table at a chosen step holds exactly that step's numbers in the CSV.
 * Screenshots at two steps are kept in target/step-through-browser/. Without Chromium the test is skipped, and
 * says why.
 */
class StepThroughBrowserTest {
    static final Path OUT = Path.of("target", "step-through-browser").toAbsolutePath();
    static ChromeDriver driver;
    /** Why the test cannot run here, or null. */
    static String absent;
    static List<Path> pages = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        absent = HeadlessChromium.absence("StepThroughBrowserTest");
        if (absent != null) {
            // Skipped in the test itself, not here, so that the report counts it as skipped.
            System.out.println(absent);
            return;
        }
        Files.createDirectories(OUT);
        try (Stream<Path> old = Files.walk(OUT)) {
            old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(OUT)).forEach(p -> p.toFile()
                    .delete());
        }
        MainHarness main = new MainHarness();
        Path results = OUT.resolve("results");
        assertEquals(0, main.run(results, "backprop-trace"), main.err());
        Path sweep = Files.writeString(OUT.resolve("traced.yaml"), String.join("\n", "name: traced",
                "dataset: moons", "activations: [tanh]", "width: 3", "depths: [2]", "epochs: 5", "seeds: 1"));
        assertEquals(0, main.run(results, sweep.toString(), "trace", "true"), main.err());
        pages.add(results.resolve("backprop-trace/step-through.html"));
        pages.add(results.resolve("backprop-trace/xor-step-through.html"));
        try (Stream<Path> traced = Files.list(results.resolve("traced/trace"))) {
            traced.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }

        driver = HeadlessChromium.start("step-through", 1500, 2000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String shownStep() {
        return driver.findElement(By.id("app")).getAttribute("data-step");
    }

    /** What the table shows: value by "quantity layer i j". */
    private static Map<String, Double> table() {
        Map<String, Double> shown = new TreeMap<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#values-table tbody tr"))) {
            shown.put(tr.getAttribute("data-q") + " " + tr.getAttribute("data-l") + " " + tr.getAttribute("data-i")
                    + " " + tr.getAttribute("data-j"), Double.parseDouble(tr.findElement(By.cssSelector("td.value"))
                    .getText()));
        }
        return shown;
    }

    private static void screenshot(Path page, String step) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(page.getFileName().toString().replace(".html", "") + "-step-" + step + ".png"), png);
    }

    /**
     * The 2-2-2 page at {@code step} shows what backprop-trace's own trace.csv holds for the state after that many
     * updates: E_total, out_o1, out_o2 and w1..w8.
     */
    private static void assertSameAsTraceCsv(Path page, int step, Map<String, Double> shown) throws IOException {
        List<String> lines = Files.readAllLines(page.resolveSibling("trace.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String> row = List.of(lines.get(step + 1).split(","));
        assertEquals(Integer.toString(step), row.get(0), "trace.csv's row of step " + step);
        java.util.function.Function<String, Double> csv = c -> Double.parseDouble(row.get(header.indexOf(c)));
        assertEquals(csv.apply("total_error"), shown.get("loss -1 -1 -1"), "E_total at step " + step);
        assertEquals(csv.apply("out_o1"), shown.get("out 1 0 -1"), "out_o1 at step " + step);
        assertEquals(csv.apply("out_o2"), shown.get("out 1 1 -1"), "out_o2 at step " + step);
        TracePages.json(page).get("weightNames").properties().forEach(e -> assertEquals(
                csv.apply(e.getValue().asText()), shown.get("w " + e.getKey().replace(',', ' ')),
                e.getValue().asText() + " at step " + step));
    }

    @Test
    void everyPageOpensFromDiskWithoutErrorsAndShowsTheCsvsNumbersAtTheStepChosen() throws IOException {
        Assumptions.assumeTrue(absent == null, absent);
        assertEquals(3, pages.size(), pages.toString());
        for (Path page : pages) {
            Path csv = page.resolveSibling(page.getFileName().toString().replace("step-through.html", "trace-steps.csv")
                    .replace(".html", ".csv"));
            List<Row> rows = TracePages.csvRows(csv);
            List<Integer> steps = rows.stream().map(Row::step).distinct().toList();
            driver.get(page.toUri().toString());
            assertEquals(Integer.toString(steps.get(0)), shownStep(), page + ": opens at the first step");
            screenshot(page, shownStep());

            // The keyboard moves the slider as a hand would: to a step well into the run.
            WebElement slider = driver.findElement(By.id("step-slider"));
            int chosen = Math.min(steps.size() - 1, 57);
            for (int k = 0; k < chosen; k++) {
                slider.sendKeys(Keys.ARROW_RIGHT);
            }
            String step = shownStep();
            assertNotEquals(Integer.toString(steps.get(0)), step, page + ": the slider moves the step shown");
            assertEquals(Integer.toString(steps.get(chosen)), step, page + ": the step the slider is on");
            driver.findElement(By.id("view-backward")).click();
            screenshot(page, step);
            driver.findElement(By.id("view-update")).click();
            screenshot(page, step + "-update");

            Map<String, Double> expected = new TreeMap<>();
            rows.stream().filter(r -> r.step() == steps.get(chosen)).forEach(r -> expected.put(r.quantity() + " "
                    + r.layer() + " " + r.i() + " " + r.j(), r.value()));
            Map<String, Double> shown = table();
            assertEquals(expected, shown, page + ": the table at step " + step + " is the CSV's");
            if (page.getFileName().toString().equals("step-through.html")) {
                assertSameAsTraceCsv(page, steps.get(chosen), shown);
            }

            List<LogEntry> errors = HeadlessChromium.console(driver, Level.WARNING);
            assertTrue(errors.isEmpty(), page + ": console says " + errors);
        }
    }
}
