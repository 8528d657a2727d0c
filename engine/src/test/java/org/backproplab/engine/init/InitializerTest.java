package org.backproplab.engine.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitializerTest {
    private static final int N_IN = 300;
    private static final int N_OUT = 200;

    /** Each initializer, the variance its paper prescribes for a 300 x 200 layer, and its bound if uniform. */
    static Stream<Arguments> laws() {
        return Stream.of(
                Arguments.of(new UniformStandard(), 1.0 / (3 * N_IN), 1 / Math.sqrt(N_IN)),
                Arguments.of(new Xavier(), 2.0 / (N_IN + N_OUT), Math.sqrt(6.0 / (N_IN + N_OUT))),
                Arguments.of(new XavierNormal(), 2.0 / (N_IN + N_OUT), Double.POSITIVE_INFINITY),
                Arguments.of(new He(), 2.0 / N_IN, Double.POSITIVE_INFINITY),
                Arguments.of(new HeUniform(), 2.0 / N_IN, Math.sqrt(6.0 / N_IN)),
                Arguments.of(new LeCunNormal(), 1.0 / N_IN, Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void weightsHaveThePrescribedVarianceAndBoundsAndBiasesAreZero(Initializer init, double variance, double bound) {
        Matrix w = new Matrix(N_IN, N_OUT);
        Matrix b = new Matrix(1, N_OUT);
        b.fill(7.0);
        init.initialize(0, w, b, new SplittableRandom(3));
        // What it declares (mean-field theory reads it) is what it draws, checked by the sample below.
        assertEquals(variance, init.weightVariance(N_IN, N_OUT).getAsDouble(), 1e-15 * variance);
        assertEquals(0.0, init.biasVariance());
        double sum = 0;
        double squares = 0;
        for (double v : w.data()) {
            sum += v;
            squares += v * v;
            assertTrue(Math.abs(v) <= bound, init.name() + ": " + v + " outside +-" + bound);
        }
        int n = w.data().length;
        double mean = sum / n;
        double var = squares / n - mean * mean;
        // 60,000 draws: the sample variance is within a few percent of the true one (sd of the ratio ~ 0.6%).
        assertEquals(variance, var, 0.03 * variance, init.name());
        assertEquals(0.0, mean, 5 * Math.sqrt(variance / n), init.name());
        assertArrayEquals(new double[N_OUT], b.data(), 0.0);
    }

    @Test
    void nielsensWeightsAreLeCunsAndHisBiasesAreStandardNormal() {
        Matrix w = new Matrix(N_IN, N_OUT);
        Matrix b = new Matrix(1, 20_000);
        new NielsenNormal().initialize(0, w, b, new SplittableRandom(5));
        double[] moments = moments(w.data());
        assertEquals(0.0, moments[0], 5 * Math.sqrt(1.0 / N_IN / w.data().length));
        assertEquals(1.0 / N_IN, moments[1], 0.03 / N_IN);
        double[] bias = moments(b.data());
        assertEquals(0.0, bias[0], 5 * Math.sqrt(1.0 / 20_000));
        assertEquals(1.0, bias[1], 0.03);
    }

    private static double[] moments(double[] v) {
        double sum = 0;
        double squares = 0;
        for (double x : v) {
            sum += x;
            squares += x * x;
        }
        double mean = sum / v.length;
        return new double[] {mean, squares / v.length - mean * mean};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void theSameSeedGivesTheSameWeights(Initializer init) {
        Matrix a = new Matrix(5, 4);
        Matrix c = new Matrix(5, 4);
        init.initialize(0, a, new Matrix(1, 4), new SplittableRandom(9));
        init.initialize(0, c, new Matrix(1, 4), new SplittableRandom(9));
        assertArrayEquals(a.data(), c.data(), 0.0);
    }

    @Test
    void namesRoundTripAndABadOneIsListed() {
        for (Initializer i : Initializer.random()) {
            assertEquals(i, Initializer.named(i.name()));
        }
        assertEquals("unknown initializer 'glorot'; expected one of: uniform, xavier, xavier-normal, he, he-uniform, "
                + "lecun-normal, nielsen", assertThrows(IllegalArgumentException.class, () -> Initializer.named("glorot"))
                .getMessage());
    }

    @Test
    void nielsensBiasesHaveVarianceOneAndFixedStartsDeclareNoVariance() {
        assertEquals(1.0 / N_IN, new NielsenNormal().weightVariance(N_IN, N_OUT).getAsDouble(), 1e-18);
        assertEquals(1.0, new NielsenNormal().biasVariance());
        assertTrue(Initializer.constant(1, 0).weightVariance(N_IN, N_OUT).isEmpty());
    }
}
