package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
    @TempDir
    Path dir;

    private static List<Chart> panels(int n) {
        List<Chart> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Histogram("hidden layer " + (i + 1), "output", "count", List.of(new Histogram.Sample(
                    "hidden layer " + (i + 1), new double[] {0.1 * i, 0.2, 0.3, 0.35, 0.5})), 10, 0, 1,
                    Colours.ordered(List.of("hidden layer 1", "hidden layer 2", "hidden layer 3"))));
        }
        return out;
    }

    @Test
    void writesEveryPanelIntoOnePngOfTheAskedSize() throws Exception {
        for (boolean shared : new boolean[] {false, true}) {
            Path file = dir.resolve("sheet-" + shared + ".png");
            new ContactSheet("Hidden-layer outputs", panels(3), 2, shared, shared).writePng(file, 1000, 640);
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(1000, image.getWidth());
            assertEquals(640, image.getHeight());
        }
    }

    @Test
    void moreThanASheetHoldsIsSplitOverSheets() {
        List<ContactSheet> sheets = ContactSheet.of("Boundaries", panels(13), 4, true, false);
        assertEquals(2, sheets.size());
        assertEquals(12, sheets.get(0).panels().size());
        assertEquals(1, sheets.get(1).columns());
        assertEquals("Boundaries (sheet 2 of 2)", sheets.get(1).title());
        assertEquals("Boundaries: a contact sheet holds 1 to 12 panels, got 13",
                assertThrows(IllegalArgumentException.class, () -> new ContactSheet("Boundaries", panels(13), 4))
                        .getMessage());
    }

    @Test
    void aHistogramOfMoreSamplesThanItCanOverlayIsRefused() {
        List<Histogram.Sample> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(new Histogram.Sample("layer " + i, new double[] {0.5}));
        }
        assertEquals("outputs: 8 samples, more than the 4 one histogram can overlay; draw one histogram per sample "
                + "on a contact sheet", assertThrows(IllegalArgumentException.class, () -> new Histogram("outputs",
                        "x", "y", eight, 10, 0, 1, true)).getMessage());
    }
}
