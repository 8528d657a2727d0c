package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    @Test
    void buildsTheBlocksInOrder(@TempDir Path dir) throws Exception {
        MarkdownReport r = new MarkdownReport("Depth sweep")
                .paragraph("Three activations.")
                .heading("What it shows")
                .bullets(List.of("sigmoid fails at depth 6", "relu holds"))
                .image("accuracy", "test-accuracy-vs-depth.png")
                .table(List.of("activation", "accuracy"), List.of(List.of("a|b", "0.9")))
                .code("mvn install");
        String expected = """
                # Depth sweep

                Three activations.

                ## What it shows

                - sigmoid fails at depth 6
                - relu holds

                ![accuracy](test-accuracy-vs-depth.png)

                | activation | accuracy |
                | --- | --- |
                | a\\|b | 0.9 |

                ```
                mvn install
                ```
                """;
        assertEquals(expected, r.toString());
        Path file = dir.resolve("x/report.md");
        r.write(file);
        assertEquals(expected, Files.readString(file));
    }

    @Test
    void aShortTableRowIsRefused() {
        MarkdownReport r = new MarkdownReport("t");
        assertThrows(IllegalArgumentException.class, () -> r.table(List.of("a", "b"), List.of(List.of("1"))));
    }
}
