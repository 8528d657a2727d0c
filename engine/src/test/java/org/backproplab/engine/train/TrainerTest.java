package org.backproplab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Momentum;
import org.backproplab.engine.optim.Nesterov;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.RmsProp;
import org.backproplab.engine.optim.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrainerTest {
    private static final Matrix XOR_X = Matrix.of(
            new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1});
    private static final Matrix XOR_Y = Matrix.of(
            new double[] {1, 0}, new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0});
    private static final NetworkSpec SPEC = NetworkSpec.mlp(2, 1, 8, Activation.tanh(), 2, Activation.identity());

    private static Network train(long seed, int epochs, int batchSize) {
        Network n = Network.create(SPEC, Initializer.xavier(), seed);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.5), batchSize, XOR_X, XOR_Y, seed);
        for (int e = 0; e < epochs; e++) {
            t.epoch();
        }
        return n;
    }

    @Test
    void learnsXor() {
        Network n = train(5, 500, 2);
        Evaluation eval = new Evaluator(n, Loss.softmaxCrossEntropy(), XOR_X, XOR_Y).evaluate(n);
        assertEquals(1.0, eval.accuracy(), 0.0);
        assertTrue(eval.loss() < 0.05, "loss " + eval.loss());
    }

    @Test
    void theSameSeedGivesBitIdenticalTraining() {
        Network a = train(9, 50, 3); // 3 does not divide 4: exercises the short last batch too
        Network b = train(9, 50, 3);
        for (int l = 0; l < SPEC.layers().size(); l++) {
            assertArrayEquals(a.layer(l).weights().data(), b.layer(l).weights().data(), 0.0);
            assertArrayEquals(a.layer(l).biases().data(), b.layer(l).biases().data(), 0.0);
        }
    }

    static Stream<Optimizer> optimizers() {
        return Stream.of(Sgd.withRate(0.1), Momentum.withRate(0.1, 0.9), Nesterov.withRate(0.1, 0.9),
                Adam.withRate(0.01), RmsProp.withRate(0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void aTrainingEpochAllocatesNothing(Optimizer optimizer) {
        Network n = Network.create(SPEC, Initializer.xavier(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), optimizer, 3, XOR_X, XOR_Y, 1);
        // 20000 epochs of warm-up until the JIT has compiled the loop, then windows of 1000 epochs of 2 steps:
        // a single Matrix or array per step would already be > 32 kB.
        var allocated = SteadyStateAllocation.measure(t::epoch, 20_000, 1000);
        assertTrue(allocated.least() < 4096, "bytes allocated per window of 1000 epochs: " + allocated.windows());
    }

    @Test
    void anEpochOnLayersWideEnoughForTheVectorKernelAllocatesNothing() {
        // XOR's net is too small for the Vector API blocks (fewer than 8 rows): this one runs them, all of them
        // (30 = 24 + an overlapping 8 columns, 10 = 8 + an overlapping 8, batches of 32 and a last one of 8).
        Matrix x = new Matrix(200, 16);
        Matrix y = new Matrix(200, 10);
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 16; j++) {
                x.set(i, j, r.nextDouble(-1, 1));
            }
            y.set(i, r.nextInt(10), 1.0);
        }
        Network n = Network.create(NetworkSpec.mlp(16, 2, 30, Activation.relu(), 10, Activation.identity()),
                Initializer.he(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.01), 32, x, y, 1);
        var allocated = SteadyStateAllocation.measure(t::epoch, 3000, 100);
        assertTrue(allocated.least() < 4096, "bytes allocated per window of 100 epochs: " + allocated.windows());
    }

    @Test
    void evaluatorReportsAGradientNormPerLayer() {
        Network n = Network.create(NetworkSpec.mlp(2, 4, 8, Activation.sigmoid(), 2, Activation.identity()),
                Initializer.xavier(), 2);
        Evaluation e = new Evaluator(n, Loss.softmaxCrossEntropy(), XOR_X, XOR_Y).evaluate(n);
        assertEquals(5, e.gradientNorms().length);
        // Through four sigmoid layers (f' <= 1/4) the first layer's gradient is far smaller than the last's.
        assertTrue(e.gradientNorms()[0] < e.gradientNorms()[4] / 10, java.util.Arrays.toString(e.gradientNorms()));
    }
}
