package org.backproplab.experiments.backproptrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backproplab.experiments.backproptrace.SeedFigure.Verdict;
import org.backproplab.experiments.backproptrace.SigmoidExample.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first seed's worked example. Expected exact values were computed independently, by a plain Python script
 * doing the slides' arithmetic unit by unit in IEEE doubles (not by the engine).
 */
class SigmoidWalkthroughTest {
    private static SigmoidWalkthrough walk;
    private static Map<String, SeedFigure> figures;

    @BeforeAll
    static void walk() {
        walk = SigmoidWalkthrough.run();
        figures = walk.figures().stream().collect(Collectors.toMap(SeedFigure::name, f -> f));
    }

    @Test
    void theSeedsRightFiguresMatchTheEngineTo1e9OrToTheirPrintedDigits() {
        for (SeedFigure f : walk.figures()) {
            if (f.verdict() == Verdict.EXACT) {
                assertEquals(f.printedValue(), f.exact(), 1e-9, f.name());
            } else if (f.verdict() == Verdict.ROUNDED) {
                assertEquals(f.printedValue(), f.exact(), f.roundingAllowance(), f.name());
            }
        }
    }

    @Test
    void exactlyTheAfterTrainingFiguresAreWrong() {
        List<String> wrong = walk.figures().stream().filter(f -> f.verdict() == Verdict.WRONG)
                .map(SeedFigure::name).toList();
        assertEquals(List.of("E_total after 1 update", "E_total after 10,000 updates", "out_o1 after 10,000 updates",
                "out_o2 after 10,000 updates"), wrong);
        for (String name : List.of("E_total after 1 update", "out_o1 after 10,000 updates",
                "out_o2 after 10,000 updates")) {
            assertTrue(figures.get(name).why().contains("updated w5..w8 before"), name);
        }
        assertTrue(figures.get("E_total after 10,000 updates").why().contains("after 9999 updates"));
    }

    @Test
    void forwardAndBackwardValuesMatchAnIndependentComputation() {
        assertEquals(0.3775, figures.get("net_h1").exact(), 1e-15);
        assertEquals(0.5932699921071872, figures.get("out_h1").exact(), 1e-15);
        assertEquals(0.7513650695523157, figures.get("out_o1").exact(), 1e-15);
        assertEquals(0.2983711087600027, figures.get("E_total").exact(), 1e-15);
        assertEquals(0.08216704056423077, figures.get("dE_total/dw5").exact(), 1e-15);
        assertEquals(-0.019049118258278118, figures.get("dE_o2/dout_h1").exact(), 1e-15);
        assertEquals(0.0004385677344743465, figures.get("dE_total/dw1").exact(), 1e-16);
        State one = walk.states().get(1);
        assertArrayEquals(new double[] {0.1497807161327628, 0.19956143226552567, 0.24975114363236958,
            0.29950228726473915, 0.35891647971788465, 0.4086661860762334, 0.5113012702387375, 0.5613701211079891},
                one.w(), 1e-15);
        assertEquals(0.0, one.b1() - 0.35, 0.0, "b1 is held fixed");
    }

    @Test
    void tenThousandStepsOfGradientDescentGiveTheExactValuesNotTheSeeds() {
        assertEquals(0.29102777369359933, walk.states().get(1).totalError(), 1e-14);
        State last = walk.states().get(10_000);
        assertEquals(3.510187782978859e-05, last.totalError(), 1e-14);
        assertEquals(0.01591362044355068, last.outO1(), 1e-12);
        assertEquals(0.9840642735146238, last.outO2(), 1e-12);
    }

    @Test
    void updatingTheOutputWeightsFirstReproducesTheSeedsFiguresTo1e9() {
        List<State> variant = walk.seedVariant();
        assertEquals(0.291027924, variant.get(1).totalError(), 1e-9);
        State last = variant.get(10_000);
        assertEquals(0.015912196, last.outO1(), 1e-9);
        assertEquals(0.984065734, last.outO2(), 1e-9);
    }

    @Test
    void theSeedsErrorAfter10000IsTheExactErrorAfter9999() {
        // Printed to ten decimals, so "right to every digit" means within half a unit of the last one.
        assertEquals(0.0000351085, walk.states().get(9_999).totalError(), 0.5e-10);
        assertTrue(Math.abs(0.0000351085 - walk.states().get(10_000).totalError()) > 1e-9);
        assertTrue(Math.abs(0.0000351085 - walk.seedVariant().get(10_000).totalError()) > 1e-8);
    }

    @Test
    void theTraceHasAStateForEveryStepFrom0To10000() {
        assertEquals(10_001, walk.states().size());
        assertEquals(0, walk.states().get(0).step());
        assertEquals(10_000, walk.states().get(10_000).step());
        assertEquals(0.2983711087600027, walk.states().get(0).totalError(), 1e-15);
    }
}
