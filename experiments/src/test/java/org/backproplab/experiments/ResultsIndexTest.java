package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.experiments.results.ResultsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsIndexTest {
    @TempDir
    Path results;

    @Test
    void everyRunExperimentIsListedWithItsReportAndHeadlineFigure() throws IOException {
        MainHarness main = new MainHarness();
        assertEquals(0, main.run(results, "xor", "quick", "true"), main.err());
        assertEquals(0, main.run(results, "depth-sweep", "quick", "true", "out", "first-look"), main.err());
        String index = Files.readString(results.resolve("index.md"));
        assertTrue(index.contains("## [Depth sweep: sigmoid, tanh, relu at depths 1 to 3 (hidden layers)]"
                + "(first-look/REPORT.md)"), index);
        assertTrue(index.contains("(first-look/test-accuracy-vs-depth.png)"), index);
        assertTrue(index.contains("(xor/REPORT.md)") && index.contains("(xor/loss-curves.png)"), index);
        assertTrue(index.indexOf("first-look") < index.indexOf("(xor/"), "sorted by folder");
        assertTrue(index.matches("(?s).*`results/xor`, run \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ.*"), index);
        for (String linked : new String[] {"first-look/REPORT.md", "first-look/test-accuracy-vs-depth.png",
                "xor/REPORT.md", "xor/loss-curves.png"}) {
            assertTrue(Files.exists(results.resolve(linked)), linked);
        }
    }

    @Test
    void aFolderThatIsGoneIsNoLongerListed() throws IOException {
        Files.createDirectories(results.resolve("old"));
        Files.writeString(results.resolve("old/REPORT.md"), "# Old study\n\n![a figure](a.png)\n");
        Files.createDirectories(results.resolve(".hidden.running"));
        Files.writeString(results.resolve(".hidden.running/REPORT.md"), "# Half done\n");
        ResultsIndex.write(results);
        String index = Files.readString(results.resolve("index.md"));
        assertTrue(index.contains("[Old study](old/REPORT.md)"), index);
        assertFalse(index.contains("Half done"), index);
        Files.delete(results.resolve("old/REPORT.md"));
        ResultsIndex.write(results);
        assertFalse(Files.readString(results.resolve("index.md")).contains("Old study"));
    }
}
