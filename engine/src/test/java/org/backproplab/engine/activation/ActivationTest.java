package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ActivationTest {
    static Stream<Activation> activations() {
        return Activation.all().stream();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void derivativeMatchesACentralDifference(Activation f) {
        double h = 1e-6;
        for (double net : new double[] {-3.1, -0.7, -0.05, 0.05, 0.4, 2.5}) {
            double numeric = (f.apply(net + h) - f.apply(net - h)) / (2 * h);
            assertEquals(numeric, f.derivative(net, f.apply(net)), 1e-9, f.name() + " at " + net);
        }
    }

    @Test
    void valuesAreTheTextbookFunctions() {
        assertEquals(0.593269992107187, Activation.sigmoid().apply(0.3775), 1e-15); // the slides' out_h1
        assertEquals(Math.tanh(0.8), Activation.tanh().apply(0.8), 0.0);
        assertEquals(0.0, Activation.relu().apply(-2.0), 0.0);
        assertEquals(2.0, Activation.relu().apply(2.0), 0.0);
        assertEquals(-2.0, Activation.identity().apply(-2.0), 0.0);
    }

    @Test
    void reluTakesZeroAsItsDerivativeAtTheKink() {
        assertEquals(0.0, Activation.relu().derivative(0.0, 0.0), 0.0);
    }

    @Test
    void namedRoundTripsAndRejectsUnknownNames() {
        for (Activation a : Activation.all()) {
            assertEquals(a, Activation.named(a.name()));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> Activation.named("softplus"));
        assertEquals("unknown activation 'softplus'; expected one of: identity, sigmoid, tanh, relu", e.getMessage());
    }
}
