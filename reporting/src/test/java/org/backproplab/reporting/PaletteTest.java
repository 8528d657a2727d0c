package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void viridisRunsFromDarkPurpleToYellowAndClampsBeyond() {
        assertEquals(new Color(0x440154), Palette.viridis(0.0));
        assertEquals(new Color(0x21918C), Palette.viridis(0.5));
        assertEquals(new Color(0xFDE725), Palette.viridis(1.0));
        assertEquals(Palette.viridis(1.0), Palette.viridis(7.0));
        assertEquals(Palette.viridis(0.0), Palette.viridis(-1.0));
    }

    @Test
    void orderedSeriesStopShortOfTheFaintYellow() {
        assertEquals(Palette.viridis(0.0), Palette.sequential(0, 4));
        assertEquals(Palette.viridis(0.8), Palette.sequential(3, 4));
    }

    @Test
    void aTintMixesTheColourWithWhite() {
        Color blue = new Color(0x0072B2);
        assertEquals(Color.WHITE, Palette.tint(blue, 0.0));
        assertEquals(blue, Palette.tint(blue, 1.0));
        assertEquals(new Color(128, 185, 217), Palette.tint(blue, 0.5));
    }
}
