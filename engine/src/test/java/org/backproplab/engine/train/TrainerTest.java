package org.backproplab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Cores;
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

    @Test
    void aStepListenerSeesEveryStepBeforeAndAfterItsUpdateAndChangesNothing() {
        Network plain = train(9, 5, 3);
        Network n = Network.create(SPEC, Initializer.xavier(), 9);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.5), 3, XOR_X, XOR_Y, 9);
        int[] seen = new int[2];
        double[][] before = new double[1][];
        Trainer.StepListener listener = new Trainer.StepListener() {
            @Override
            public void beforeUpdate(Matrix inputs, Matrix targets, double loss,
                    org.backproplab.engine.network.Workspace ws) {
                assertEquals(inputs.rows(), targets.rows());
                assertEquals(inputs.rows(), ws.batchSize(), "the workspace of this batch");
                assertTrue(Double.isFinite(loss));
                // The output layer's: a batch of the one sample (0, 0) leaves layer 0's weights as they are.
                before[0] = n.layer(1).weights().data().clone();
                seen[0]++;
            }

            @Override
            public void afterUpdate() {
                assertTrue(!java.util.Arrays.equals(before[0], n.layer(1).weights().data()), "after the update");
                seen[1]++;
            }
        };
        for (int e = 0; e < 5; e++) {
            t.epoch(listener);
        }
        assertEquals(10, seen[0], "4 samples in batches of 3: 2 steps an epoch");
        assertEquals(10, seen[1]);
        for (int l = 0; l < SPEC.layers().size(); l++) {
            assertArrayEquals(plain.layer(l).weights().data(), n.layer(l).weights().data(), 0.0);
        }
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

    static Stream<Optimizer> optimizers() {
        return Stream.of(Sgd.withRate(0.05), Momentum.withRate(0.05, 0.9), Nesterov.withRate(0.05, 0.9),
                Adam.withRate(0.001), RmsProp.withRate(0.001));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void trainingOnTwoOrThreeCoresGivesTheBitsOfOneCore(Optimizer optimizer) {
        // Layers wide enough for their products to be shared (batch 32 x 100 x 200 and up) and their weights'
        // updates too (100 x 400 and 400 x 400 elements), a last batch of 8 rows, whose products are not, and an
        // evaluator on the whole set: every path of a run.
        Matrix x = TrainingAllocationTest.randomInputs(200, 100, 11);
        Matrix y = TrainingAllocationTest.randomLabels(200, 10, 11);
        NetworkSpec spec = NetworkSpec.mlp(100, 2, 400, Activation.tanh(), 10, Activation.identity());
        double[][] oneCore = null;
        for (int count = 1; count <= 3; count++) {
            try (Cores cores = Cores.of(count)) {
                Network n = Network.create(spec, Initializer.xavier(), 3);
                Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), optimizer, 32, x, y, 5);
                t.useCores(cores);
                Evaluator e = new Evaluator(n, Loss.softmaxCrossEntropy(), x, y);
                e.useCores(cores);
                double[] losses = new double[4];
                for (int epoch = 0; epoch < 3; epoch++) {
                    losses[epoch] = t.epoch();
                }
                losses[3] = e.evaluate(n).loss();
                double[][] bits = {n.layer(0).weights().data(), n.layer(1).weights().data(),
                    n.layer(2).weights().data(), n.layer(2).biases().data(), losses};
                if (oneCore == null) {
                    oneCore = bits;
                } else {
                    for (int p = 0; p < bits.length; p++) {
                        assertArrayEquals(oneCore[p], bits[p], 0.0, optimizer + " on " + count + " cores, array " + p);
                    }
                }
            }
        }
    }
}
