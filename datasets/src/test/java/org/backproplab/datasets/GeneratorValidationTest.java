package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generator refuses a bad parameter at construction, in one line that names the set, the parameter and the
 * value, and accepts the smallest good one: a check off by one would refuse a valid set or let an empty one through.
 */
class GeneratorValidationTest {

    /** A generator with only its noise left open, by set name. */
    static Stream<Arguments> withNoise() {
        return Stream.of(
                Arguments.of("spirals", (DoubleFunction<Synthetic>) n -> new Spirals(3, 10, n, 1)),
                Arguments.of("circles", (DoubleFunction<Synthetic>) n -> new Circles(10, n, 0.5, 1)),
                Arguments.of("moons", (DoubleFunction<Synthetic>) n -> new Moons(10, n, 1)),
                Arguments.of("xor", (DoubleFunction<Synthetic>) n -> new Xor(10, n, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withNoise")
    void negativeOrNonFiniteNoiseIsRefusedByValue(String set, DoubleFunction<Synthetic> make) {
        for (double bad : new double[] {-0.01, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
            assertEquals(set + ": noise must be a finite number >= 0, got " + bad, e.getMessage());
        }
        assertEquals(set, make.apply(0.0).name());
        assertEquals(set, make.apply(5.0).name());
    }

    static Stream<Arguments> tooFew() {
        return Stream.of(
                Arguments.of("spirals: classes must be >= 2, got 1", (Runnable) () -> new Spirals(1, 10, 0.1, 1)),
                Arguments.of("spirals: classes must be >= 2, got -3", (Runnable) () -> new Spirals(-3, 10, 0.1, 1)),
                Arguments.of("spirals: points per class must be >= 2, got 0", (Runnable) () -> new Spirals(3, 0, 0, 1)),
                Arguments.of("circles: points must be >= 2, got 1", (Runnable) () -> new Circles(1, 0.1, 0.5, 1)),
                Arguments.of("moons: points must be >= 2, got 1", (Runnable) () -> new Moons(1, 0.1, 1)),
                Arguments.of("moons: points must be >= 2, got -5", (Runnable) () -> new Moons(-5, 0.1, 1)),
                Arguments.of("xor: points per quadrant must be >= 1, got -1", (Runnable) () -> new Xor(-1, 0.1, 1)),
                Arguments.of("circles: factor (inner radius) must be in (0, 1), got 0.0",
                        (Runnable) () -> new Circles(10, 0.1, 0.0, 1)),
                Arguments.of("circles: factor (inner radius) must be in (0, 1), got -0.5",
                        (Runnable) () -> new Circles(10, 0.1, -0.5, 1)),
                Arguments.of("circles: factor (inner radius) must be in (0, 1), got NaN",
                        (Runnable) () -> new Circles(10, 0.1, Double.NaN, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooFew")
    void tooFewPointsOrClassesOrABadFactorIsRefusedByValue(String message, Runnable construct) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construct::run).getMessage());
    }

    @Test
    void theSmallestValidSetsGenerate() {
        assertEquals(4, new Spirals(2, 2, 0.0, 1).generate().size());
        assertEquals(2, new Circles(2, 0.0, 0.5, 1).generate().size());
        assertEquals(2, new Moons(2, 0.0, 1).generate().size());
        assertEquals(4, new Xor(1, 0.0, 1).generate().size());
    }

    @Test
    void theSharedChecksWordEveryMistakeAlike() {
        Checks.atLeast("s", "things", 3, 3);
        Checks.noise("s", 0.0);
        assertEquals("s: things must be >= 3, got 2",
                assertThrows(IllegalArgumentException.class, () -> Checks.atLeast("s", "things", 3, 2)).getMessage());
        assertEquals("s: noise must be a finite number >= 0, got " + -1e-300,
                assertThrows(IllegalArgumentException.class, () -> Checks.noise("s", -1e-300)).getMessage());
    }
}
