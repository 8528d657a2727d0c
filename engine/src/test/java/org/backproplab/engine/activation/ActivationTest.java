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
        // Away from the kinks (0, +-1, +-2.5, 6), where f' is not defined and a difference straddles two pieces.
        for (double net : new double[] {-3.1, -1.3, -0.7, -0.05, 0.05, 0.4, 1.7, 2.45, 6.3, 25.0, -25.0}) {
            double numeric = (f.apply(net + h) - f.apply(net - h)) / (2 * h);
            // The difference's own rounding error, about eps |f| / h, grows with |f|.
            double tolerance = 1e-9 + 1e-15 * Math.abs(f.apply(net)) / h;
            assertEquals(numeric, f.derivative(net, f.apply(net)), tolerance, f.name() + " at " + net);
        }
    }

    /** The element loops (identity, sigmoid, tanh and ReLU write their own) against apply and derivative. */
    @ParameterizedTest
    @MethodSource("activations")
    void matrixPassesAreTheScalarFunctionsBitForBit(Activation f) {
        double[] nets = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-300, 0.3775,
            -0.7, 1.0, -1.0, 2.5, 6.0, 40.0, -40.0, 1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        org.backproplab.engine.matrix.Matrix net = new org.backproplab.engine.matrix.Matrix(1, nets.length,
                nets.clone());
        org.backproplab.engine.matrix.Matrix out = new org.backproplab.engine.matrix.Matrix(1, nets.length);
        org.backproplab.engine.matrix.Matrix dOut = new org.backproplab.engine.matrix.Matrix(1, nets.length);
        org.backproplab.engine.matrix.Matrix delta = new org.backproplab.engine.matrix.Matrix(1, nets.length);
        for (int i = 0; i < nets.length; i++) {
            dOut.data()[i] = 0.5 - 0.1 * i;
        }
        f.forward(net, out);
        f.backward(net, out, dOut, delta);
        for (int i = 0; i < nets.length; i++) {
            double o = f.apply(nets[i]);
            assertEquals(o, out.data()[i], 0.0, f.name() + " forward at " + nets[i]);
            assertEquals(dOut.data()[i] * f.derivative(nets[i], o), delta.data()[i], 0.0,
                    f.name() + " backward at " + nets[i]);
        }
    }

    @Test
    void valuesAreTheTextbookFunctions() {
        assertEquals(0.593269992107187, Activation.sigmoid().apply(0.3775), 1e-15); // the slides' out_h1
        assertEquals(Math.tanh(0.8), Activation.tanh().apply(0.8), Math.ulp(Math.tanh(0.8)));
        assertEquals(0.0, Activation.relu().apply(-2.0), 0.0);
        assertEquals(2.0, Activation.relu().apply(2.0), 0.0);
        assertEquals(-2.0, Activation.identity().apply(-2.0), 0.0);
    }

    @Test
    void reluTakesZeroAsItsDerivativeAtTheKink() {
        assertEquals(0.0, Activation.relu().derivative(0.0, 0.0), 0.0);
    }

    /** Reference values from the definitions, computed independently (Python's math module, 17 digits). */
    @Test
    void newerFunctionsHaveTheirPublishedValues() {
        assertEquals(-0.01 * 2.0, Activation.named("leaky-relu").apply(-2.0), 0.0);
        assertEquals(Math.exp(-1.0) - 1.0, Activation.named("elu").apply(-1.0), 1e-16);
        assertEquals(-1.1113307378125628, Activation.named("selu").apply(-1.0), 1e-15);
        assertEquals(1.0507009873554805, Activation.named("selu").apply(1.0), 1e-15);
        assertEquals(0.8413447460685429, Activation.named("gelu").apply(1.0), 1e-15);      // Phi(1)
        assertEquals(-0.004049694094890287, Activation.named("gelu").apply(-3.0), 1e-17);    // -3 Phi(-3)
        assertEquals(0.8411919906082768, Activation.named("gelu-tanh").apply(1.0), 1e-15);
        assertEquals(0.7310585786300049, Activation.named("swish").apply(1.0), 1e-15);
        assertEquals(0.8650983882673103, Activation.named("mish").apply(1.0), 1e-15);
        assertEquals(Math.log(2.0), Activation.named("softplus").apply(0.0), 1e-16);
        assertEquals(1000.0, Activation.named("softplus").apply(1000.0), 0.0);            // no overflow
        assertEquals(-0.75, Activation.named("softsign").apply(-3.0), 0.0);
        assertEquals(-1.0, Activation.named("hard-tanh").apply(-3.0), 0.0);
        assertEquals(0.7, Activation.named("hard-sigmoid").apply(1.0), 1e-16);
        assertEquals(6.0, Activation.named("relu6").apply(9.0), 0.0);
    }

    @Test
    void namedRoundTripsAndRejectsUnknownNames() {
        for (Activation a : Activation.all()) {
            assertEquals(a, Activation.named(a.name()));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> Activation.named("swsih"));
        assertEquals("unknown activation 'swsih'; expected one of: identity, sigmoid, tanh, relu, leaky-relu, elu, "
                + "selu, gelu, gelu-tanh, swish, mish, softplus, softsign, hard-tanh, hard-sigmoid, relu6, prelu, "
                + "prelu-shared, rrelu",
                e.getMessage());
    }

    /**
     * ELU's and SELU's slope deep in the negative tail, against the exact alpha e^net (lambda alpha e^net): the sum
     * out + alpha this replaced has lost a digit per 2.3 below net = -1, kept none at -36 and is 0 below about -38.
     */
    @Test
    void eluAndSeluKeepTheirSlopeInTheTail() {
        Activation elu = Activation.named("elu");
        Activation selu = Activation.named("selu");
        double lambdaAlpha = SELU.LAMBDA * SELU.ALPHA;
        for (double net = -1; net >= -700; net -= 7) {
            double exact = Math.exp(net);
            assertEquals(1.0, elu.derivative(net, elu.apply(net)) / exact, 1e-15, "elu at " + net);
            assertEquals(1.0, selu.derivative(net, selu.apply(net)) / (lambdaAlpha * exact), 1e-15, "selu at " + net);
        }
    }
}
