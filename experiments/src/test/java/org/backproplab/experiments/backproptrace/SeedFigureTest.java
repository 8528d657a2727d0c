package org.backproplab.experiments.backproptrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.experiments.backproptrace.SeedFigure.Verdict;
import org.junit.jupiter.api.Test;

class SeedFigureTest {
    @Test
    void verdictDistinguishesExactRoundedAndWrong() {
        assertEquals(Verdict.EXACT, new SeedFigure("a", "", "0.593269992", 0.5932699921071872).verdict());
        // 8 decimals printed: half a unit is 5e-9.
        assertEquals(Verdict.ROUNDED, new SeedFigure("b", "", "0.12345678", 0.123456783).verdict());
        assertEquals(Verdict.WRONG, new SeedFigure("c", "", "0.291027924", 0.29102777369359933).verdict());
        assertEquals(5e-9, new SeedFigure("d", "", "0.12345678", 0).roundingAllowance(), 1e-24);
        assertEquals(0.5, new SeedFigure("e", "", "4", 0).roundingAllowance(), 0.0);
    }
}
