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
import org.backproplab.experiments.study.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment's quick version (run once for this and ReproducibilityTest, {@link QuickRuns}) writes a REPORT.md whose figures all exist and are valid PNGs of a size fit
 * to read, and every PNG it writes is in its report: no orphan figure, no broken link. Every figure is also checked
 * as it is drawn ({@code FigureCheck}: no constant series on an automatic axis, no unreadable or repeated ticks, no
 * legend past its limit, no x axis past the data, no label cut off), which the PNG writer does when assertions are
 * on, as they are here; a figure that fails is an AssertionError out of the experiment, naming the file.
 */
class FiguresTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)]+)\\)");

    @TempDir
    Path results;

    static Stream<String> experiments() {
        return Experiments.all().stream().map(Experiment::name);
    }

    @Test
    void theFigureCheckIsOn() {
        boolean on = false;
        assert on = true;
        assertTrue(on, "the tests run with assertions (surefire's -ea): without them no figure is checked");
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void everyFigureIsAReadablePngAndInTheReport(String name) throws IOException {
        checkFigures(QuickRuns.of(name, 1), name);
    }

    /**
     * A user's sweep of 14 grid points: more training curves than a legend shows (drawn as panels) and more
     * decision boundaries than one sheet holds, each checked like any figure.
     */
    @Test
    void aUserSweepOfMoreGridPointsThanALegendShowsDrawsEveryOne() throws IOException {
        MainHarness main = new MainHarness();
        assertEquals(0, main.run(results, "sweeps/example-sweep.yaml", "quick", "true", "activations", "tanh,relu",
                "lr", "0.01,0.02,0.05,0.1,0.2,0.5,1", "depths", "1"), main.err());
        Path dir = results.resolve("example-sweep");
        checkFigures(dir, "example-sweep");
        assertTrue(Files.exists(dir.resolve("boundaries-2.png")), "14 boundaries on 2 sheets");
    }

    private static void checkFigures(Path dir, String name) throws IOException {
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
