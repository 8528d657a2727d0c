package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each set has the shape its javadoc draws. With zero noise the points sit exactly on the curves, so the checks are
 * tight; with the standard noise only averages are checked, loosely enough not to depend on the seed.
 */
class GeneratorGeometryTest {
    private static final double EXACT = 1e-12;

    private static double radius(Dataset d, int k) {
        return Math.hypot(d.input(k, 0), d.input(k, 1));
    }

    @ParameterizedTest(name = "factor {0}")
    @ValueSource(doubles = {0.1, 0.5, 0.9})
    void cleanCirclesAreTheUnitCircleAndOneOfRadiusFactorEvenlySpaced(double factor) {
        Dataset d = new Circles(13, 0.0, factor, 1).generate();
        int outer = 6;
        for (int k = 0; k < d.size(); k++) {
            boolean isOuter = k < outer;
            assertEquals(isOuter ? 0 : 1, d.label(k));
            assertEquals(isOuter ? 1.0 : factor, radius(d, k), EXACT);
            int i = isOuter ? k : k - outer;
            double angle = 2 * Math.PI * i / (isOuter ? outer : 13 - outer);
            assertEquals(Math.cos(angle) * radius(d, k), d.input(k, 0), EXACT);
            assertEquals(Math.sin(angle) * radius(d, k), d.input(k, 1), EXACT);
        }
    }

    @Test
    void noisyStandardCirclesStillAverageTheirRadii() {
        Dataset d = Circles.standard(11).generate();
        double[] sum = new double[2];
        for (int k = 0; k < d.size(); k++) {
            sum[d.label(k)] += radius(d, k);
        }
        assertEquals(1.0, sum[0] / 300, 0.03);
        assertEquals(Circles.DEFAULT_FACTOR, sum[1] / 300, 0.03);
    }

    @Test
    void cleanSpiralArmsGrowStrictlyOutwardFromTheCentreToTheUnitCircle() {
        Dataset d = new Spirals(4, 30, 0.0, 2).generate();
        for (int c = 0; c < 4; c++) {
            int first = c * 30;
            assertEquals(0.0, radius(d, first), EXACT);
            assertEquals(1.0, radius(d, first + 29), EXACT);
            for (int i = 1; i < 30; i++) {
                assertTrue(radius(d, first + i) > radius(d, first + i - 1), "arm " + c + " point " + i);
            }
            // Arm c ends where t = 4c + 4: the angle measured from the y axis, as (r sin t, r cos t) puts it.
            assertEquals(Math.sin(4.0 * c + 4), d.input(first + 29, 0), EXACT);
            assertEquals(Math.cos(4.0 * c + 4), d.input(first + 29, 1), EXACT);
        }
    }

    /** The javadoc's reason for noise on the angle: the arm keeps its radius, only its angle blurs. */
    @Test
    void spiralNoiseMovesTheAngleButNotTheRadius() {
        Dataset clean = new Spirals(3, 40, 0.0, 5).generate();
        Dataset noisy = new Spirals(3, 40, 0.5, 5).generate();
        int moved = 0;
        for (int k = 0; k < clean.size(); k++) {
            assertEquals(radius(clean, k), radius(noisy, k), EXACT);
            assertTrue(Math.abs(noisy.input(k, 0)) <= 1.0 && Math.abs(noisy.input(k, 1)) <= 1.0);
            moved += Math.abs(clean.input(k, 0) - noisy.input(k, 0)) > 1e-6 ? 1 : 0;
        }
        assertTrue(moved > clean.size() / 2, "noise moved only " + moved + " points");
    }

    /** The arcs' ends, mapped by (p - (0.5, 0.25)) / 1.5: upper (1,0)..(-1,0), lower (0,0.5)..(2,0.5). */
    @Test
    void cleanMoonsRunFromEndToEndOfTheirArcsWithinTheDocumentedBox() {
        Dataset d = new Moons(20, 0.0, 1).generate();
        assertArrayEquals(new double[] {1.0 / 3, -1.0 / 6}, row(d, 0), EXACT);
        assertArrayEquals(new double[] {-1.0, -1.0 / 6}, row(d, 9), EXACT);
        assertArrayEquals(new double[] {-1.0 / 3, 1.0 / 6}, row(d, 10), EXACT);
        assertArrayEquals(new double[] {1.0, 1.0 / 6}, row(d, 19), EXACT);
        for (int k = 0; k < d.size(); k++) {
            assertTrue(Math.abs(d.input(k, 0)) <= 1.0 + EXACT, "x of " + k);
            assertTrue(Math.abs(d.input(k, 1)) <= 0.5 + EXACT, "y of " + k);
            double px = d.input(k, 0) * 1.5 + 0.5;
            double py = d.input(k, 1) * 1.5 + 0.25;
            double[] centre = d.label(k) == 0 ? new double[] {0, 0} : new double[] {1, 0.5};
            assertEquals(1.0, Math.hypot(px - centre[0], py - centre[1]), EXACT, "point " + k);
        }
    }

    @Test
    void cleanXorSitsOnTheCornersLabelledBySignRule() {
        Dataset d = new Xor(3, 0.0, 1).generate();
        double[][] corners = {{-0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}, {0.5, -0.5}};
        for (int k = 0; k < d.size(); k++) {
            double[] corner = corners[k / 3];
            assertArrayEquals(corner, row(d, k), 0.0);
            assertEquals(Math.signum(corner[0]) != Math.signum(corner[1]) ? 1 : 0, d.label(k), "point " + k);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2"})
    void standardXorLabelsFollowTheQuadrantOfEveryPoint(long seed) {
        Dataset d = Xor.standard(seed).generate();
        for (int k = 0; k < d.size(); k++) {
            assertEquals(d.input(k, 0) * d.input(k, 1) < 0 ? 1 : 0, d.label(k), "point " + k);
        }
    }

    @Test
    void theTruthTableIsExactlyFourRowsOfXor() {
        Dataset t = Xor.truthTable();
        assertEquals(4, t.size());
        assertEquals(2, t.features());
        assertEquals(2, t.classes());
        double[][] rows = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] labels = {0, 1, 1, 0};
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(rows[k], row(t, k), 0.0);
            assertEquals(labels[k], t.label(k));
        }
        assertEquals(t, Xor.truthTable());
    }

    private static double[] row(Dataset d, int k) {
        return new double[] {d.input(k, 0), d.input(k, 1)};
    }
}
