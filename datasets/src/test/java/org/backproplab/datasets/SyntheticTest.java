package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SyntheticTest {
    private static final List<Synthetic> STANDARD = List.of(Spirals.standard(5), Circles.standard(5),
            Moons.standard(5), Xor.standard(5), Checkerboard.standard(5));

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        for (Synthetic set : STANDARD) {
            assertEquals(set.generate(), set.generate(), set.name());
        }
        assertNotEquals(Spirals.standard(1).generate(), Spirals.standard(2).generate());
        assertFalse(Arrays.equals(Circles.standard(1).generate().inputs(), Circles.standard(2).generate().inputs()));
        assertFalse(Arrays.equals(Moons.standard(1).generate().inputs(), Moons.standard(2).generate().inputs()));
        assertFalse(Arrays.equals(Xor.standard(1).generate().inputs(), Xor.standard(2).generate().inputs()));
    }

    @Test
    void standardSetsHaveTheirAdvertisedShapeAndBalance() {
        Dataset spirals = Spirals.standard(5).generate();
        assertEquals(2, spirals.features());
        assertArrayEquals(new int[] {200, 200, 200}, spirals.classCounts());
        assertArrayEquals(new int[] {300, 300}, Circles.standard(5).generate().classCounts());
        assertArrayEquals(new int[] {300, 300}, Moons.standard(5).generate().classCounts());
        assertEquals(600, Xor.standard(5).generate().size());
        // Odd counts: as scikit-learn, the first class gets the smaller half.
        assertArrayEquals(new int[] {3, 4}, new Circles(7, 0.0, 0.5, 1).generate().classCounts());
        assertArrayEquals(new int[] {3, 4}, new Moons(7, 0.0, 1).generate().classCounts());
    }

    @Test
    void cleanSpiralsWindOutwardsFromTheCentre() {
        Dataset d = new Spirals(3, 50, 0.0, 1).generate();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 50; i++) {
                int k = c * 50 + i;
                double r = Math.hypot(d.input(k, 0), d.input(k, 1));
                assertEquals(i / 49.0, r, 1e-12);
                if (i > 0) {
                    double t = 4.0 * c + 4.0 * r;
                    assertEquals(Math.sin(t), d.input(k, 0) / r, 1e-12);
                    assertEquals(Math.cos(t), d.input(k, 1) / r, 1e-12);
                }
            }
        }
    }

    @Test
    void cleanCirclesLieOnTheirRadii() {
        Dataset d = new Circles(40, 0.0, 0.3, 1).generate();
        for (int k = 0; k < d.size(); k++) {
            double r = Math.hypot(d.input(k, 0), d.input(k, 1));
            assertEquals(d.label(k) == 0 ? 1.0 : 0.3, r, 1e-12);
        }
    }

    @Test
    void cleanMoonsLieOnTheirArcsAfterRescaling() {
        Dataset d = new Moons(40, 0.0, 1).generate();
        for (int k = 0; k < d.size(); k++) {
            double px = d.input(k, 0) * 1.5 + 0.5;
            double py = d.input(k, 1) * 1.5 + 0.25;
            if (d.label(k) == 0) {
                assertEquals(1.0, Math.hypot(px, py), 1e-12);     // upper arc: centre (0, 0)
                assertTrue(py >= -1e-12);
            } else {
                assertEquals(1.0, Math.hypot(px - 1.0, py - 0.5), 1e-12); // lower arc: centre (1, 0.5)
                assertTrue(py <= 0.5 + 1e-12);
            }
            assertTrue(Math.abs(d.input(k, 0)) <= 1.0 + 1e-12);
        }
    }

    @Test
    void xorLabelsFollowTheQuadrantOfEachPoint() {
        Dataset d = new Xor(100, 0.4, 3).generate(); // noisy enough that some points stray across an axis
        for (int k = 0; k < d.size(); k++) {
            boolean differ = (d.input(k, 0) > 0) != (d.input(k, 1) > 0);
            assertEquals(differ ? 1 : 0, d.label(k));
        }
        Dataset clean = new Xor(5, 0.0, 3).generate();
        assertArrayEquals(new int[] {10, 10}, clean.classCounts());
    }

    @Test
    void theTruthTableIsTheSeedsFourRows() {
        Dataset t = Xor.truthTable();
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, t.inputs());
        assertArrayEquals(new int[] {0, 1, 1, 0}, t.labels());
    }

    @Test
    void badParametersAreNamed() {
        assertMessage("spirals: classes must be >= 2, got 1", () -> new Spirals(1, 10, 0.1, 1));
        assertMessage("spirals: points per class must be >= 2, got 1", () -> new Spirals(3, 1, 0.1, 1));
        assertMessage("spirals: noise must be a finite number >= 0, got -0.1", () -> new Spirals(3, 10, -0.1, 1));
        assertMessage("circles: noise must be a finite number >= 0, got NaN", () -> new Circles(10, Double.NaN, 0.5,
                1));
        assertMessage("circles: factor (inner radius) must be in (0, 1), got 1.0", () -> new Circles(10, 0.1, 1.0,
                1));
        assertMessage("moons: points must be >= 2, got 0", () -> new Moons(0, 0.1, 1));
        assertMessage("xor: noise must be a finite number >= 0, got Infinity",
                () -> new Xor(10, Double.POSITIVE_INFINITY, 1));
        assertMessage("xor: points per quadrant must be >= 1, got 0", () -> new Xor(0, 0.1, 1));
    }

    @Test
    void descriptionsNameEveryParameter() {
        assertEquals("spirals(3 arms x 200 points, noise 0.2 rad, seed 5)", Spirals.standard(5).description());
        assertEquals("circles(600 points, noise 0.08, inner radius 0.5, seed 5)", Circles.standard(5).description());
        assertEquals(Spirals.standard(5).description(), Spirals.standard(5).generate().name());
    }

    private static void assertMessage(String expected, Executable construct) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construct).getMessage());
    }
}
