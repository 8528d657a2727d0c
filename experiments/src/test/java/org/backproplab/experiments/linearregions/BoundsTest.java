package org.backproplab.experiments.linearregions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundsTest {
    @Test
    void oneLayerIsTheArrangementOfItsLines() {
        assertEquals(1177, Bounds.arrangement(48));
        assertEquals(1177, Bounds.montufarLower(1, 48));
        assertEquals(1177, Bounds.upper(1, 48));
    }

    @Test
    void montufarsBoundForThePlaneAsTheReportQuotesIt() {
        // 8 layers of 6: floor(6/2)^(2*7) * (1 + 6 + 15).
        assertEquals(Math.pow(9, 7) * 22, Bounds.montufarLower(8, 6));
        assertEquals(105_225_318, Bounds.montufarLower(8, 6));
        // 2 layers of 24: 12^2 * (1 + 24 + 276).
        assertEquals(144 * 301, Bounds.montufarLower(2, 24));
        for (int depth : new int[] {1, 2, 3, 4, 6, 8}) {
            int n = 48 / depth;
            assertTrue(Bounds.montufarLower(depth, n) <= Bounds.upper(depth, n), "lower <= upper at " + depth);
        }
        // Past one layer, depth beats the shallow network of the same 48 units on the bound.
        assertTrue(Bounds.montufarLower(2, 24) > Bounds.arrangement(48));
    }
}
