package org.backproplab.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeedStatsTest {
    @Test
    void holmMultipliesTheKthSmallestByMMinusKPlusOneAndKeepsOrder() {
        // Sorted 0.01, 0.02, 0.03, 0.04: x4, x3, x2, x1 = 0.04, 0.06, 0.06 (kept monotone), 0.06 ... by hand:
        // 0.01*4 = 0.04; 0.02*3 = 0.06; 0.03*2 = 0.06; 0.04*1 = 0.04 -> max so far 0.06.
        double[] adjusted = SeedStats.holm(new double[] {0.03, 0.01, Double.NaN, 0.04, 0.02});
        assertArrayEquals(new double[] {0.06, 0.04, Double.NaN, 0.06, 0.06}, adjusted, 1e-15);
    }

    @Test
    void theConfidenceIntervalUsesStudentsT() {
        // n = 5, mean 3, sd sqrt(2.5); t(0.975, 4) = 2.7764451051977987.
        double[] ci = SeedStats.ci95(new double[] {1, 2, 3, 4, 5});
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, ci[0], 1e-8); // Commons Math inverts the t distribution to about 1e-10
        assertEquals(3 + half, ci[1], 1e-8);
    }

    @Test
    void aConsistentPairedDifferenceIsSignificantAndNoDifferenceIsNot() {
        double[] base = {0.90, 0.91, 0.92, 0.93, 0.94};
        double[] better = {0.92, 0.93, 0.935, 0.95, 0.96};
        assertTrue(SeedStats.pairedP(better, base) < 0.01);
        assertEquals(1.0, SeedStats.pairedP(base, base));
    }
}
