package org.backproplab.experiments.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseTest {
    @TempDir
    Path dir;

    @Test
    void reusesOnlyTheSameParameters() throws IOException {
        assertEquals("no results there yet", Reuse.check(dir, Map.of("epochs", "30")));
        Files.writeString(dir.resolve("manifest.json"), "{\"experiment\": \"relu-family\", \"parameters\": "
                + "{\"epochs\": \"5\", \"seeds\": \"5\"}}");
        assertEquals("its results were made with epochs=5, the write-up needs 30",
                Reuse.check(dir, Map.of("epochs", "30", "seeds", "5")));
        assertEquals("its results were made with seeds=5, the write-up needs it unset",
                Reuse.check(dir, Map.of("epochs", "5")));
        assertNull(Reuse.check(dir, Map.of("epochs", "5", "seeds", "5")));
    }
}
