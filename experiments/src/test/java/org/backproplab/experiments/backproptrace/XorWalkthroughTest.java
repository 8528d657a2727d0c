package org.backproplab.experiments.backproptrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.experiments.backproptrace.SeedFigure.Verdict;
import org.backproplab.experiments.backproptrace.XorExample.Update;
import org.junit.jupiter.api.Test;

/** The second seed's XOR step. Expected values are the hand computation in each assertion's comment. */
class XorWalkthroughTest {
    private final XorWalkthrough walk = XorWalkthrough.run();

    private static double after(List<Update> updates, String param) {
        return updates.stream().filter(u -> u.param().equals(param)).findFirst().orElseThrow().after();
    }

    @Test
    void forwardPassGivesFourAndALossOfEight() {
        assertEquals(4.0, walk.result().outputD0(), 0.0);            // 1 + 1 + 1 + 1
        assertEquals(8.0, walk.result().lossBefore(), 0.0);          // 1/2 (4 - 0)^2
    }

    @Test
    void theSeedsConventionAppliedAsStated() {
        List<Update> seed = walk.result().seed();
        assertEquals(1.4, after(seed, "W10"), 1e-15);                // 1 - 0.1 * 1 * (-4)
        assertEquals(1.0, after(seed, "W11"), 0.0);                  // 1 - 0.1 * 0 * (-4): X1 = 0
        assertEquals(1.0, after(seed, "W32"), 0.0);
        assertEquals(1.4, after(seed, "V00"), 1e-15);
        assertEquals(1.4, after(seed, "V03"), 1e-15);                // 1 - 0.1 * Z3 * (-4), Z3 = 1
        assertEquals(26.4992, walk.result().lossAfterSeed(), 1e-12); // D0 = 1.4 + 3 * 1.4 * 1.4 = 7.28
        assertEquals(26.4992, XorExample.lossWithSeedsPrintedWeights(), 1e-12);
    }

    @Test
    void gradientDescentLowersTheLoss() {
        List<Update> gd = walk.result().gradientDescent();
        assertEquals(0.6, after(gd, "W10"), 1e-15);                  // 1 - 0.1 * (V01 * 4) * X0
        assertEquals(1.0, after(gd, "W21"), 0.0);                    // gradient 4 * X1 = 0
        assertEquals(0.6, after(gd, "V00"), 1e-15);                  // 1 - 0.1 * 4 * 1
        assertEquals(0.6, after(gd, "V02"), 1e-15);                  // 1 - 0.1 * 4 * Z2
        assertEquals(1.4112, walk.result().lossAfterGradientDescent(), 1e-12); // D0 = 0.6 + 3 * 0.36 = 1.68
    }

    @Test
    void theSixInputWeightsTheSeedSetsTo14AreTheWrongFigures() {
        List<String> wrong = walk.figures().stream().filter(f -> f.verdict() == Verdict.WRONG)
                .map(SeedFigure::name).toList();
        assertEquals(List.of("W11 after", "W12 after", "W21 after", "W22 after", "W31 after", "W32 after"), wrong);
    }

    @Test
    void everyParameterAppearsOncePerConventionInTheSeedsNames() {
        assertEquals(XorExample.PARAMS, walk.result().seed().stream().map(Update::param).toList());
        assertEquals(XorExample.PARAMS, walk.result().gradientDescent().stream().map(Update::param).toList());
    }
}
