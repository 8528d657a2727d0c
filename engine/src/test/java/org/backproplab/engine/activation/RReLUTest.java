package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.Test;

class RReLUTest {
    private final RReLU f = new RReLU(RReLU.LOWER, RReLU.UPPER);

    @Test
    void outsideTrainingTheSlopeIsTheMean() {
        assertEquals(-2 * (1.0 / 8 + 1.0 / 3) / 2, f.apply(-2.0), 1e-16);
        assertEquals(3.0, f.apply(3.0));
    }

    @Test
    void trainingDrawsEachSlopeWithinItsRangeAndSeedsRepeatThem() {
        Matrix net = new Matrix(50, 20);
        net.fill(-1.0);
        Matrix a = new Matrix(50, 20);
        Matrix b = new Matrix(50, 20);
        f.forwardTraining(net, a, null, new SplittableRandom(7));
        f.forwardTraining(net, b, null, new SplittableRandom(7));
        assertArrayEquals(a.data(), b.data(), 0.0);
        double sum = 0;
        for (double v : a.data()) {
            assertTrue(-v >= 1.0 / 8 && -v <= 1.0 / 3, "slope " + -v);
            sum += -v;
        }
        assertEquals(f.meanSlope(), sum / 1000, 0.01); // 1000 draws of sd 0.06: the mean within 0.01
    }

    /**
     * The training-mode gradient, whose slopes are random, against central differences of the training-mode loss
     * with the generator reseeded before every pass, so that all passes see the same slopes.
     */
    @Test
    void trainingGradientsAgreeWithDifferencesUnderTheSameDraws() {
        Network n = Network.create(NetworkSpec.mlp(3, 2, 5, f, 2, Activation.identity()), Initializer.xavier(), 2);
        Matrix x = Matrix.of(new double[] {0.5, -1, 0.2}, new double[] {-2, 0.3, 0.9});
        Matrix y = Matrix.of(new double[] {1, 0}, new double[] {0, 1});
        Loss loss = Loss.softmaxCrossEntropy();
        Workspace ws = n.workspace(2);
        ws.reseed(11);
        n.forwardTraining(x, ws);
        n.backward(y, loss, ws);
        double[] w = n.layer(0).weights().data();
        Workspace probe = n.workspace(2);
        double h = 1e-5;
        for (int i = 0; i < w.length; i++) {
            double saved = w[i];
            w[i] = saved + h;
            probe.reseed(11);
            double up = loss.value(n.forwardTraining(x, probe), y);
            w[i] = saved - h;
            probe.reseed(11);
            double down = loss.value(n.forwardTraining(x, probe), y);
            w[i] = saved;
            assertEquals((up - down) / (2 * h), ws.gradients().weights(0).data()[i], 1e-8, "weight " + i);
        }
    }
}
