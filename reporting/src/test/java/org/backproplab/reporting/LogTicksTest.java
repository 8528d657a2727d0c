package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogTicksTest {

    @Test
    void threeHundredDecadesGetAHandfulOfPowersOfTen() {
        LogTicks ticks = LogTicks.of(1e-300, 1e300, 10);
        assertTrue(ticks.powers());
        assertTrue(ticks.major().size() >= 2 && ticks.major().size() <= 10, ticks.major().toString());
        assertEquals(List.of("-300", "-200", "-100", "0", "100", "200", "300"), ticks.labels());
        assertEquals(List.of(), ticks.minor(), "no minor ticks between powers that are not all labelled");
    }

    @Test
    void aFewDecadesGetEveryPowerAndMinorTicksBetween() {
        LogTicks ticks = LogTicks.of(3e-4, 2.0, 10);
        assertEquals(List.of("-3", "-2", "-1", "0"), ticks.labels());
        assertTrue(ticks.minor().contains(5e-4) && ticks.minor().contains(2.0), ticks.minor().toString());
    }

    @Test
    void lessThanADecadeGetsRoundPlainValuesNeverFractionsOfADecade() {
        LogTicks ticks = LogTicks.of(0.048, 0.092, 10);
        assertFalse(ticks.powers());
        assertTrue(FigureCheck.roundTicks(ticks.major()), ticks.major().toString());
        assertTrue(ticks.major().size() >= 4, ticks.major().toString());
        assertEquals("0.05", ticks.labels().get(0));
        LogTicks wide = LogTicks.of(0.04, 0.9, 10);
        assertEquals(List.of("0.05", "0.1", "0.2", "0.5"), wide.labels());
    }

    @Test
    void oneAxisWritesEveryLabelInOneFormat() {
        assertEquals(List.of("2e-5", "4e-5", "6e-5", "8e-5"), LogTicks.of(1.5e-5, 9e-5, 10).labels().subList(0, 4));
        List<String> mixed = LogTicks.of(4e-4, 3e-3, 10).labels();
        assertTrue(mixed.stream().allMatch(l -> l.contains("e-")), mixed.toString());
    }

    @Test
    void whatNoAxisCanShowIsRefused() {
        assertEquals("a log axis needs 0 < lower < upper < infinity, got 0.0 to 1.0",
                assertThrows(IllegalArgumentException.class, () -> LogTicks.of(0, 1, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogTicks.of(1, Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class, () -> LogTicks.of(1, Double.NaN, 10));
    }

    @Test
    void theRangeDropsWhatALogAxisCannotDrawAndCapsItsSpan() {
        LogRange range = LogRange.of(new double[] {0.125, 0.1, 1e10, 1e100, 1e300, Double.POSITIVE_INFINITY,
            Double.NaN, 0, -1}, 1.0);
        // 0.1 to 1e10 is the window of 30 decades with the most values; 1e100 and 1e300 lie beyond it.
        assertTrue(range.upper() < 1e11 && range.lower() > 0.01, range.toString());
        assertEquals(2, range.leftOut());
        assertEquals("2 values above 1e10 not shown: a log axis here spans at most 30 decades", range.note());
        assertEquals("", LogRange.of(new double[] {1, 10}, 1.0).note());
        LogRange none = LogRange.of(new double[] {0, Double.NaN}, 1.0);
        assertEquals(0.1, none.lower());
        assertEquals(10.0, none.upper());
    }
}
