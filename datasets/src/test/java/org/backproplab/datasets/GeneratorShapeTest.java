package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sizes, class balance and seeding of every generator over several parameter choices, not only the standard ones:
 * an off-by-one in a loop bound shows up at small and odd counts first.
 */
class GeneratorShapeTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of(Spirals.standard(3), Spirals.standard(4)),
                Arguments.of(new Spirals(5, 7, 0.1, 3), new Spirals(5, 7, 0.1, 4)),
                Arguments.of(Circles.standard(3), Circles.standard(4)),
                Arguments.of(Moons.standard(3), Moons.standard(4)),
                Arguments.of(Xor.standard(3), Xor.standard(4)));
    }

    /** Compares inputs only: the names carry the seed, so comparing whole data sets would pass on the name alone. */
    @ParameterizedTest
    @MethodSource("generators")
    void anotherSeedMovesThePointsAndTheSameSeedRepeatsThem(Synthetic set, Synthetic reseeded) {
        Dataset a = set.generate();
        Dataset again = set.generate();
        assertNotSame(a, again);
        assertArrayEquals(a.inputs(), again.inputs());
        assertArrayEquals(a.labels(), again.labels());
        assertFalse(Arrays.equals(a.inputs(), reseeded.generate().inputs()), set.description());
    }

    @ParameterizedTest(name = "spirals {0} x {1}")
    @CsvSource({"2, 2", "3, 200", "4, 9", "7, 3"})
    void spiralsHaveOneArmOfPointsPerClassPerClassInOrder(int classes, int perClass) {
        Dataset d = new Spirals(classes, perClass, 0.2, 1).generate();
        assertEquals(classes * perClass, d.size());
        assertEquals(2, d.features());
        assertEquals(classes, d.classes());
        int[] expected = new int[classes];
        Arrays.fill(expected, perClass);
        assertArrayEquals(expected, d.classCounts());
        // Rows come class by class, as Synthetic promises.
        for (int k = 0; k < d.size(); k++) {
            assertEquals(k / perClass, d.label(k));
        }
    }

    @ParameterizedTest(name = "{0} points")
    @CsvSource({"2", "3", "10", "11", "600"})
    void circlesAndMoonsSplitThePointsInTwoHalvesTheFirstNoLarger(int points) {
        int[] halves = {points / 2, points - points / 2};
        for (Dataset d : new Dataset[] {new Circles(points, 0.05, 0.5, 1).generate(),
                new Moons(points, 0.05, 1).generate()}) {
            assertEquals(points, d.size());
            assertEquals(2, d.features());
            assertEquals(2, d.classes());
            assertArrayEquals(halves, d.classCounts(), d.name());
        }
    }

    @ParameterizedTest(name = "{0} per quadrant")
    @CsvSource({"1", "2", "150"})
    void cleanXorHasTwoQuadrantsPerClass(int perQuadrant) {
        Dataset d = new Xor(perQuadrant, 0.0, 1).generate();
        assertEquals(4 * perQuadrant, d.size());
        assertEquals(2, d.features());
        assertArrayEquals(new int[] {2 * perQuadrant, 2 * perQuadrant}, d.classCounts());
    }

    /** Labels follow the point, so noisy XOR is balanced only roughly; 0.15 sd strays about 1 point in 1,000. */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3"})
    void standardXorIsNearlyBalanced(long seed) {
        int[] counts = Xor.standard(seed).generate().classCounts();
        assertEquals(600, counts[0] + counts[1]);
        assertEquals(300, counts[0], 5);
    }
}
