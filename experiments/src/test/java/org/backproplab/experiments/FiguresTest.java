package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment's quick version writes a REPORT.md whose figures all exist and are valid PNGs of a size fit
 * to read, and every PNG it writes is in its report: no orphan figure, no broken link.
 */
class FiguresTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)]+)\\)");

    @TempDir
    Path results;

    static Stream<String> experiments() {
        return Experiments.all().stream().map(Experiment::name);
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void everyFigureIsAReadablePngAndInTheReport(String name) throws IOException {
        MainHarness main = new MainHarness();
        assertEquals(0, main.run(results, name, "quick", "true"), main.err());
        Path dir = results.resolve(name);
        String report = Files.readString(dir.resolve("REPORT.md"));
        assertTrue(report.startsWith("# "), "a title first");
        assertTrue(report.contains("## Recipe") || report.contains("experiment: " + name), "the recipe");
        List<String> linked = new ArrayList<>();
        Matcher m = IMAGE.matcher(report);
        while (m.find()) {
            linked.add(m.group(1));
        }
        List<String> written;
        try (Stream<Path> files = Files.list(dir)) {
            written = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".png")).sorted().toList();
        }
        assertFalse(written.isEmpty(), name + " wrote no figure");
        assertEquals(written, linked.stream().distinct().sorted().toList(), "figures written vs figures in REPORT.md");
        for (String f : written) {
            BufferedImage image = ImageIO.read(dir.resolve(f).toFile());
            assertNotNull(image, f + " is not a PNG");
            assertTrue(image.getWidth() >= 600 && image.getHeight() >= 400,
                    f + " is " + image.getWidth() + "x" + image.getHeight());
        }
    }
}
