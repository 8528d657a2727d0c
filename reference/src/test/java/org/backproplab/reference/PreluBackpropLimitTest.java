package org.backproplab.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.PReLU;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.Test;

/**
 * DL4J's prelu_bp op refuses an input more than 64 times as long as its slopes, and libnd4j prints that refusal on
 * native stdout before throwing. {@link Dl4jReference#preluBackpropRefuses} predicts it so that the call is never
 * made: here the prediction is held to its boundary, the last accepted batch compared with DL4J in full.
 */
class PreluBackpropLimitTest {
    private static final Activation SHARED = new PReLU(false, PReLU.DEFAULT_SLOPE);
    private static final Activation PER_UNIT = new PReLU(true, PReLU.DEFAULT_SLOPE);

    private static Network network(Activation hidden, int units) {
        Network n = Network.create(NetworkSpec.mlp(3, 1, units, hidden, 2, Activation.identity()),
                Initializer.xavier(), 7);
        // Unequal slopes, so that a slope gradient credited to the wrong unit shows.
        double[] a = n.layer(0).activationParameters().data();
        for (int k = 0; k < a.length; k++) {
            a[k] = 0.1 + 0.05 * k;
        }
        return n;
    }

    private static Matrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] = r.nextDouble(-1, 1);
        }
        return m;
    }

    /** The largest relative error of DL4J's gradients (batch sums) against the engine's (batch means) times m. */
    private static double dl4jError(Network n, int rows) {
        Matrix x = random(rows, 3, rows);
        Matrix y = random(rows, 2, rows + 1);
        Workspace ws = n.workspace(rows);
        n.forward(x, ws);
        n.backward(y, Loss.meanSquaredError(), ws);
        Dl4jReference dl4j = new Dl4jReference(n, Loss.meanSquaredError());
        dl4j.computeGradientAndScore(x, y);
        double worst = 0;
        for (int l = 0; l < n.layers().size(); l++) {
            worst = Math.max(worst, error(ws.gradients().weights(l), rows, dl4j.weightGradient(l)));
            worst = Math.max(worst, error(ws.gradients().biases(l), rows, dl4j.biasGradient(l)));
            if (ws.gradients().activationParameters(l) != null) {
                worst = Math.max(worst, error(ws.gradients().activationParameters(l), rows,
                        dl4j.activationParameterGradient(l)));
            }
        }
        return worst;
    }

    private static double error(Matrix engine, int scale, Matrix dl4j) {
        assertEquals(engine.shape(), dl4j.shape());
        double worst = 0;
        for (int i = 0; i < engine.data().length; i++) {
            double a = engine.data()[i] * scale;
            double b = dl4j.data()[i];
            worst = Math.max(worst, Math.abs(a - b) / Math.max(1e-12, Math.max(Math.abs(a), Math.abs(b))));
        }
        return worst;
    }

    @Test
    void aSharedSlopeOverExactly64ValuesIsAcceptedAndMatchesDl4j() {
        Network n = network(SHARED, 8);
        assertFalse(Dl4jReference.preluBackpropRefuses(n, 8), "8 rows x 8 units = 64 values");
        double e = dl4jError(n, 8);
        assertTrue(e <= 1e-7, "max relative error " + e);
    }

    @Test
    void aSharedSlopeOver65ValuesIsRefusedBeforeDl4jIsCalled() {
        Network n = network(SHARED, 5);
        assertFalse(Dl4jReference.preluBackpropRefuses(n, 12), "12 rows x 5 units = 60 values");
        assertTrue(Dl4jReference.preluBackpropRefuses(n, 13), "13 rows x 5 units = 65 values");
        // The refusal is ours, in Java: DL4J's would have come after libnd4j printed to native stdout.
        Dl4jReference dl4j = new Dl4jReference(n, Loss.meanSquaredError());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dl4j.computeGradientAndScore(random(13, 3, 1), random(13, 2, 2)));
        assertTrue(e.getMessage().contains("prelu_bp") && e.getMessage().contains("13 rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dl4j.fit(random(13, 3, 1), random(13, 2, 2)));
    }

    @Test
    void oneSlopePerUnitAllows64RowsAndRefuses65() {
        Network n = network(PER_UNIT, 3);
        assertFalse(Dl4jReference.preluBackpropRefuses(n, 64));
        assertTrue(Dl4jReference.preluBackpropRefuses(n, 65));
        double e = dl4jError(n, 64);
        assertTrue(e <= 1e-7, "max relative error " + e);
    }

    @Test
    void networksWithoutPreluAreNeverRefused() {
        Network tanh = Network.create(NetworkSpec.mlp(3, 2, 32, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 1);
        assertFalse(Dl4jReference.preluBackpropRefuses(tanh, 100_000));
    }
}
