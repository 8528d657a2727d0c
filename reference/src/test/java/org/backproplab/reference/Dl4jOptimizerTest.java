package org.backproplab.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.L2;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Nesterov;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.RmsProp;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.engine.optim.Updater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Training steps, not just gradients: the same network, batch and optimizer in the engine and in DL4J for 40
 * updates, then every weight and bias compared. DL4J divides its summed gradient by the batch size before the
 * updater (its default "minibatch" mode), which is our batch-mean gradient, so no scale factor is needed here.
 * Classical momentum has no DL4J counterpart (its "Nesterovs" is Nesterov's form) and is tested by hand in
 * OptimizerTest.
 */
class Dl4jOptimizerTest {
    private static final int STEPS = 40;
    private static final int BATCH = 8;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Sgd.withRate(0.1), new org.nd4j.linalg.learning.config.Sgd(0.1)),
                Arguments.of(Nesterov.withRate(0.05, 0.9), new org.nd4j.linalg.learning.config.Nesterovs(0.05, 0.9)),
                Arguments.of(Adam.withRate(0.01), new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, 1e-8)),
                Arguments.of(RmsProp.withRate(0.01), new org.nd4j.linalg.learning.config.RmsProp(0.01, 0.95, 1e-8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fortyStepsLeaveTheSameWeightsAsDl4j(Optimizer optimizer, IUpdater dl4jUpdater) {
        train(optimizer, dl4jUpdater, L2.NONE);
    }

    /** L2 weight decay as DL4J applies it: {@code lambda W} added to the batch-mean gradient of the weights. */
    @Test
    void l2DecayLeavesTheSameWeightsAsDl4j() {
        train(Adam.withRate(0.01), new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, 1e-8), new L2(0.05));
    }

    private static void train(Optimizer optimizer, IUpdater dl4jUpdater, L2 l2) {
        Loss loss = Loss.softmaxCrossEntropy();
        Network network = Network.create(NetworkSpec.mlp(4, 2, 6, Activation.tanh(), 3, Activation.identity()),
                Initializer.xavier(), 7);
        SplittableRandom r = new SplittableRandom(11);
        Matrix x = new Matrix(BATCH, 4);
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = r.nextDouble(-1, 1);
        }
        Matrix y = new Matrix(BATCH, 3);
        for (int i = 0; i < BATCH; i++) {
            y.set(i, r.nextInt(3), 1.0);
        }
        Dl4jReference dl4j = new Dl4jReference(network, loss, dl4jUpdater, l2.lambda());

        Updater updater = optimizer.updaterFor(network);
        Workspace ws = network.workspace(BATCH);
        for (int step = 0; step < STEPS; step++) {
            network.forward(x, ws);
            network.backward(y, loss, ws);
            l2.addGradient(network, ws.gradients());
            updater.step(ws.gradients());
            dl4j.fit(x, y);
        }
        double worst = 0;
        for (int l = 0; l < network.layers().size(); l++) {
            worst = Math.max(worst, maxRelativeError(network.layer(l).weights(), dl4j.weights(l)));
            worst = Math.max(worst, maxRelativeError(network.layer(l).biases(), dl4j.biases(l)));
        }
        System.out.printf("%s, L2 %s vs DL4J after %d steps: worst relative parameter error %.2e%n",
                optimizer.description(), l2.lambda(), STEPS, worst);
        assertTrue(worst <= 1e-10, optimizer.description() + ": worst relative parameter error " + worst);
    }

    private static double maxRelativeError(Matrix a, Matrix b) {
        assertEquals(a.shape(), b.shape());
        double worst = 0;
        for (int i = 0; i < a.data().length; i++) {
            double x = a.data()[i];
            double y = b.data()[i];
            worst = Math.max(worst, Math.abs(x - y) / Math.max(1e-8, Math.max(Math.abs(x), Math.abs(y))));
        }
        return worst;
    }
}
