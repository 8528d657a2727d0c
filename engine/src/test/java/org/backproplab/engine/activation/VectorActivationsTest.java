package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Vector API loops give every element the bits of the scalar functions, which are what a JVM without the
 * Vector API runs: so a run's numbers do not depend on whether the module was added, nor on the vector width.
 */
class VectorActivationsTest {
    static Stream<Activation> transcendental() {
        return Stream.of(new Sigmoid(), new Tanh(), new ELU(ELU.DEFAULT_ALPHA), new ELU(0.3), new SELU(),
                new Softplus(), new Swish(), new Mish(), new GELUTanh(), new GELU());
    }

    @Test
    void theTestsRunWithTheVectorApi() {
        assertTrue(Elementwise.VECTOR_API, "surefire adds jdk.incubator.vector; without it this test checks nothing");
    }

    /**
     * Random net inputs at several scales, and every threshold the functions switch at (with its neighbours), the
     * limits of the exponential, zeros, subnormals, infinities and NaN; more than three chunks, and a length that
     * leaves a tail for the scalar code.
     */
    static double[] nets() {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
            1e-300, -1e-300, 1e-17, -1e-17, 0.84375 * Math.sqrt(2), -0.84375 * Math.sqrt(2), 1.25 * Math.sqrt(2),
            -1.25 * Math.sqrt(2), Math.sqrt(2) / 0.35, -Math.sqrt(2) / 0.35, 0.5, -0.5, 1.0, -1.0, 18.0, -18.0,
            37.4, -37.4, 40.0, -40.0, 41.0, -41.0, 354.2, -354.2, 708.39, -708.39, 708.4, -708.4, 745.2, -745.2,
            800.0, -800.0, 1e10, -1e10, 1e200, -1e200, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        SplittableRandom random = new SplittableRandom(7);
        double[] nets = new double[4 * VectorActivations.CHUNK + 3 * special.length + 5];
        int i = 0;
        for (double s : special) {
            nets[i++] = s;
            nets[i++] = Math.nextUp(s);
            nets[i++] = Math.nextDown(s);
        }
        double[] scales = {0.01, 1, 3, 10, 100};
        for (; i < nets.length; i++) {
            nets[i] = random.nextGaussian() * scales[i % scales.length];
        }
        return nets;
    }

    @ParameterizedTest
    @MethodSource("transcendental")
    void forwardAndBackwardGiveTheScalarBits(Activation f) {
        double[] nets = nets();
        Matrix net = new Matrix(1, nets.length, nets.clone());
        Matrix out = new Matrix(1, nets.length);
        Matrix dOut = new Matrix(1, nets.length);
        Matrix delta = new Matrix(1, nets.length);
        for (int i = 0; i < nets.length; i++) {
            dOut.data()[i] = 1.0 - 0.001 * i;
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

    /** dOut and delta may be one matrix (Activation#backward). */
    @ParameterizedTest
    @MethodSource("transcendental")
    void backwardMayWriteOverItsInput(Activation f) {
        double[] nets = nets();
        Matrix net = new Matrix(1, nets.length, nets.clone());
        Matrix out = new Matrix(1, nets.length);
        Matrix g = new Matrix(1, nets.length);
        java.util.Arrays.fill(g.data(), 0.75);
        Matrix separate = new Matrix(1, nets.length);
        f.forward(net, out);
        f.backward(net, out, g, separate);
        f.backward(net, out, g, g);
        for (int i = 0; i < nets.length; i++) {
            assertEquals(separate.data()[i], g.data()[i], 0.0, f.name() + " at " + nets[i]);
        }
    }
}
