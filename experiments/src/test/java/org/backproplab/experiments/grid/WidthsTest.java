package org.backproplab.experiments.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WidthsTest {
    @Test
    void parametersCountWeightsAndBiasesOfEveryLayer() {
        // 2-3-1: 2*3 + 3 weights and biases into the hidden layer, 3*1 + 1 into the output.
        assertEquals(13, Widths.parameters(2, 1, 3, 1));
        // 64-30-30-10: 64*30+30 + 30*30+30 + 30*10+10.
        assertEquals(64 * 30 + 30 + 30 * 30 + 30 + 30 * 10 + 10, Widths.parameters(64, 2, 30, 10));
        // The engine's own count of the networks it builds: the budget is what trains.
        for (int depth : new int[] {1, 2, 5, 8}) {
            assertEquals(org.backproplab.engine.network.NetworkSpec.mlp(784, depth, 31,
                    org.backproplab.engine.activation.Activation.relu(), 10,
                    org.backproplab.engine.activation.Activation.identity()).parameterCount(),
                    Widths.parameters(784, depth, 31, 10));
        }
    }

    /** The solved width is the whole width whose count is closest to the budget: no other width is closer. */
    @ParameterizedTest
    @CsvSource({"2000,2,1,3", "8000,2,4,3", "32000,2,8,3", "2000,784,1,10", "32000,784,8,10", "8000,1,3,2",
            "10,2,1,2", "100000,64,5,10"})
    void theSolvedWidthIsTheClosestWholeWidth(long budget, int inputs, int depth, int outputs) {
        int w = Widths.forBudget(budget, inputs, depth, outputs);
        long miss = Math.abs(Widths.parameters(inputs, depth, w, outputs) - budget);
        for (int other = 1; other <= 2 * w + 2; other++) {
            assertTrue(miss <= Math.abs(Widths.parameters(inputs, depth, other, outputs) - budget),
                    "width " + other + " misses " + budget + " by less than " + w);
        }
    }

    @Test
    void aBudgetOnTheSpiralsGivesTheWidthsOfTheStudy() {
        // 2 inputs, 3 classes: 8,000 parameters are one layer of 1,333 units or eight of 33 (8,055).
        assertEquals(1333, Widths.forBudget(8000, 2, 1, 3));
        assertEquals(33, Widths.forBudget(8000, 2, 8, 3));
        assertEquals(8055, Widths.parameters(2, 8, 33, 3));
    }

    @Test
    void unitsSplitEvenlyOrAreRefused() {
        assertEquals(8, Widths.forUnits(48, 6));
        assertEquals("48 hidden units do not split evenly over 5 hidden layers",
                assertThrows(IllegalArgumentException.class, () -> Widths.forUnits(48, 5)).getMessage());
        assertEquals(840, Widths.evenlySplit(List.of(1, 2, 3, 4, 5, 6, 7, 8)));
        assertEquals(24, Widths.evenlySplit(List.of(1, 2, 3, 4, 6, 8)));
    }
}
