package org.backproplab.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What the browser tests share: Debian's Chromium, headless, driven by its own chromedriver (none is downloaded),
 * with a fresh profile each time and the browser's console kept for the test to read.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Selenium looks for a DevTools binding matching the browser's version and warns, through java.util.logging, that
     * it has none for Debian's Chromium; the tests drive pages through WebDriver only and need none, so the warning
     * would be noise in the build's output. Held here: java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
        java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver")};

    static {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
        }
    }

    private HeadlessChromium() {
    }

    /** Why {@code test} cannot run on this machine, or null when Chromium and chromedriver are both here. */
    static String absence(String test) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return null;
        }
        return test + " skipped: no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                + " on this machine (apt-get install chromium chromium-driver)";
    }

    /** A new browser, {@code width} x {@code height} pixels, on a profile of its own named after {@code profile}. */
    static ChromeDriver start(String profile, int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory(profile + "-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** What the console said at {@code level} or above since it was last read. */
    static List<LogEntry> console(ChromeDriver driver, Level level) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= level.intValue()).toList();
    }
}
