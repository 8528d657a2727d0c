package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartStyleTest {
    @TempDir
    Path dir;

    @Test
    void aPngOfNoSizeIsRefusedBeforeAnythingIsWritten() {
        HeatMap map = new HeatMap("t", "x", "y", List.of("a"), List.of("r"), new double[][] {{1}}, "v", 0, 2);
        Path file = dir.resolve("out/empty.png");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.writePng(file, 0, 560));
        assertEquals("empty.png: a PNG needs a positive size, got 0x560", e.getMessage());
        assertEquals(false, Files.exists(file.getParent()));
    }
}
