package org.backproplab.experiments.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeanFieldTest {

    /** ReLU's slope is 0 or 1, so chi = sigma_w^2 / 2 whatever the variance: exact, by hand. */
    @ParameterizedTest(name = "relu with {0}")
    @CsvSource({"he, 1.0", "uniform, 0.16666666666666666", "xavier, 0.5", "lecun-normal, 0.5"})
    void reluIsHalfOfSigmaW2(String init, double chi) {
        MeanField m = MeanField.of(Activation.named("relu"), Initializer.named(init), 32);
        assertEquals(chi, m.chi(), 1e-9);
    }

    /**
     * tanh under the standard initialization: sigma_w^2 = 1/3 < 1 drives the net inputs' variance to 0, where tanh's
     * slope is 1, so chi = 1/3; with Xavier's, sigma_w^2 = 1 sits at the edge and the variance decays towards 0 too.
     */
    @Test
    void tanhGoesLinearWhereTheVarianceDiesOut() {
        assertEquals(1.0 / 3, MeanField.of(Activation.named("tanh"), Initializer.named("uniform"), 32).chi(), 1e-9);
        MeanField xavier = MeanField.of(Activation.named("tanh"), Initializer.named("xavier"), 32);
        assertEquals(1.0, xavier.chi(), 0.01);
    }

    /** Sigmoid at its fixed point, against Gauss-Hermite quadrature of the same integrals (commons-math). */
    @ParameterizedTest(name = "sigmoid with {0}")
    @CsvSource({"uniform", "xavier", "he", "lecun-normal"})
    void sigmoidAgreesWithGaussHermite(String init) {
        MeanField m = MeanField.of(Activation.named("sigmoid"), Initializer.named(init), 32);
        GaussIntegrator hermite = new GaussIntegratorFactory().hermite(60);
        double q = m.fixedPoint();
        double s = Math.sqrt(2 * q);
        double meanSquare = hermite.integrate(x -> square(sigmoid(s * x))) / Math.sqrt(Math.PI);
        // The fixed point is one: q = sigma_w^2 E[f^2].
        assertEquals(q, m.sigmaW2() * meanSquare, 1e-9);
        double slopeSquare = hermite.integrate(x -> square(sigmoid(s * x) * (1 - sigmoid(s * x))))
                / Math.sqrt(Math.PI);
        assertEquals(m.sigmaW2() * slopeSquare, m.chi(), 1e-9);
    }

    /** Nielsen's N(0, 1) biases keep the variance off 0. */
    @Test
    void biasesAddTheirVariance() {
        MeanField m = MeanField.of(Activation.named("sigmoid"), Initializer.named("nielsen"), 30);
        assertEquals(1.0, m.sigmaB2());
        assertEquals(m.sigmaW2() * m.expectation(m.fixedPoint(), false) + 1.0, m.fixedPoint(), 1e-9);
    }

    @Test
    void aFixedStartHasNoTheory() {
        assertThrows(IllegalArgumentException.class,
                () -> MeanField.of(Activation.named("relu"), Initializer.constant(1, 0), 4));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double square(double x) {
        return x * x;
    }
}
