package org.backproplab.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.PReLU;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.BatchNormParameters;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.network.Parameter;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.engine.optim.Updater;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Training with batch normalization and shortcuts, the engine's against DL4J's ({@link Dl4jGraphReference}): the
 * same network, batches and SGD for {@value #STEPS} steps over {@value #BATCHES} batches in turn, then every
 * parameter (W, b, PReLU's slopes, gamma, beta), every running mean and variance, and the evaluation-mode outputs
 * compared, to a relative error of {@value #TOLERANCE} (that of {@code Dl4jOptimizerTest}). Also the conventions
 * {@link Dl4jGraphReference} states, each measured on DL4J alone: the running variance is the biased batch
 * variance's, only {@code fit} moves it, and the default {@code useLogStd} changes how it is stored, not what.
 */
class Dl4jBatchNormTrainingTest {
    private static final int STEPS = 6;
    private static final int BATCHES = 3;
    private static final int BATCH = 8;
    private static final double RATE = 0.1;
    private static final double TOLERANCE = 1e-10;
    private static double worstParameter;
    private static double worstRunning;
    private static double worstOutput;

    static Stream<Arguments> cases() {
        List<Activation> activations = List.of(Activation.tanh(), Activation.relu(), Activation.sigmoid(),
                Dl4jReference.asCompared(Activation.named("elu")), new PReLU(true, PReLU.DEFAULT_SLOPE));
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Activation hidden : activations) {
            for (Dl4jGraphGradientTest.Options options : Dl4jGraphGradientTest.Options.ALL) {
                for (int depth : new int[] {2, 4}) {
                    cases.add(Arguments.of(hidden, options, depth));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} hidden, {1}, depth {2}")
    @MethodSource("cases")
    void sgdStepsLeaveTheSameParametersAndRunningStatisticsAsDl4j(Activation hidden,
            Dl4jGraphGradientTest.Options options, int depth) {
        Loss loss = Loss.softmaxCrossEntropy();
        Network network = Network.create(NetworkSpec.mlp(4, depth, 6, hidden, options.norm(), options.residual(),
                3, Activation.identity()), Initializer.xavier(), 7 + depth);
        SplittableRandom r = new SplittableRandom(11 + depth);
        Dl4jGraphGradientTest.perturb(network, r);
        Matrix[] x = new Matrix[BATCHES];
        Matrix[] y = new Matrix[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            // Batches of unequal means and spreads, so that the running statistics have somewhere to go.
            x[b] = Dl4jGraphGradientTest.random(BATCH, 4, r, -1 + 0.5 * b, 1 + b);
            y[b] = Dl4jGraphGradientTest.targets(loss, BATCH, 3, r);
        }
        Dl4jGraphReference dl4j = new Dl4jGraphReference(network, loss,
                new org.nd4j.linalg.learning.config.Sgd(RATE));

        Updater updater = Sgd.withRate(RATE).updaterFor(network);
        Workspace ws = network.workspace(BATCH);
        for (int step = 0; step < STEPS; step++) {
            network.forwardTraining(x[step % BATCHES], ws);
            network.backward(y[step % BATCHES], loss, ws);
            updater.step(ws.gradients());
            dl4j.fit(x[step % BATCHES], y[step % BATCHES]);
        }
        for (Parameter p : network.parameters()) {
            double e = maxRelativeError(p.value(), dl4j.valueOf(p));
            worstParameter = Math.max(worstParameter, e);
            assertTrue(e <= TOLERANCE, p.name() + " after " + STEPS + " steps: max relative error " + e);
        }
        for (int l = 0; l < network.layers().size(); l++) {
            BatchNormParameters p = network.layer(l).normParameters();
            if (p == null) {
                continue;
            }
            double mean = maxRelativeError(p.runningMean(), dl4j.runningMean(l));
            double variance = maxRelativeError(p.runningVariance(), dl4j.runningVariance(l));
            worstRunning = Math.max(worstRunning, Math.max(mean, variance));
            assertTrue(mean <= TOLERANCE, "layer " + l + " running mean: max relative error " + mean);
            assertTrue(variance <= TOLERANCE, "layer " + l + " running variance: max relative error " + variance);
        }
        Matrix engineOut = network.forward(x[0], ws).copy();
        Activation.softmax().forward(engineOut.copy(), engineOut, null); // DL4J's output layer applies the softmax
        double o = maxRelativeError(engineOut, dl4j.output(x[0]));
        worstOutput = Math.max(worstOutput, o);
        assertTrue(o <= TOLERANCE, "evaluation-mode output after training: max relative error " + o);
    }

    @AfterAll
    static void reportWorstErrors() {
        System.out.printf("engine vs DL4J graph after %d SGD steps: worst relative error of parameters %.2e, of "
                + "running statistics %.2e, of evaluation outputs %.2e (tolerance %.0e)%n", STEPS, worstParameter,
                worstRunning, worstOutput, TOLERANCE);
    }

    /** One normalized layer of 6 units on 4 inputs, then a 3-unit output layer. */
    private static Network oneNormalizedLayer() {
        return Network.create(NetworkSpec.mlp(4, 1, 6, Activation.tanh(), Normalization.batch(), 0, 3,
                Activation.identity()), Initializer.xavier(), 2);
    }

    /**
     * From variance 1, one {@code fit} leaves {@code 0.9 + 0.1 var}, with {@code var} the batch's biased variance
     * of z (divided by m), not the unbiased one (by m - 1) that Ioffe and Szegedy's inference step and PyTorch use.
     */
    @Test
    void dl4jsRunningVarianceFollowsTheBiasedBatchVariance() {
        Network n = oneNormalizedLayer();
        SplittableRandom r = new SplittableRandom(5);
        Matrix x = Dl4jGraphGradientTest.random(BATCH, 4, r, -1, 1);
        Matrix y = Dl4jGraphGradientTest.targets(Loss.softmaxCrossEntropy(), BATCH, 3, r);
        Dl4jGraphReference dl4j = new Dl4jGraphReference(n, Loss.softmaxCrossEntropy(),
                new org.nd4j.linalg.learning.config.Sgd(RATE));
        dl4j.fit(x, y);
        Matrix w = n.layer(0).weights();
        Matrix b = n.layer(0).biases();
        for (int j = 0; j < 6; j++) {
            double[] z = new double[BATCH];
            double mean = 0;
            for (int i = 0; i < BATCH; i++) {
                z[i] = b.get(0, j);
                for (int k = 0; k < 4; k++) {
                    z[i] += x.get(i, k) * w.get(k, j);
                }
                mean += z[i] / BATCH;
            }
            double squares = 0;
            for (double v : z) {
                squares += (v - mean) * (v - mean);
            }
            double biased = 0.9 + 0.1 * squares / BATCH;
            assertEquals(biased, dl4j.runningVariance(0).get(0, j), 1e-14, "unit " + j);
            assertNotEquals(0.9 + 0.1 * squares / (BATCH - 1), dl4j.runningVariance(0).get(0, j), 1e-6);
            assertEquals(0.1 * mean, dl4j.runningMean(0).get(0, j), 1e-14, "unit " + j);
        }
    }

    /** DL4J updates the running statistics through its updater, so a gradient computation alone leaves them. */
    @Test
    void dl4jsGradientComputationLeavesTheRunningStatisticsAlone() {
        Network n = oneNormalizedLayer();
        SplittableRandom r = new SplittableRandom(6);
        Matrix x = Dl4jGraphGradientTest.random(BATCH, 4, r, -1, 3);
        Matrix y = Dl4jGraphGradientTest.targets(Loss.softmaxCrossEntropy(), BATCH, 3, r);
        Dl4jGraphReference dl4j = new Dl4jGraphReference(n, Loss.softmaxCrossEntropy());
        dl4j.computeGradientAndScore(x, y);
        for (int j = 0; j < 6; j++) {
            assertEquals(0.0, dl4j.runningMean(0).get(0, j), 0.0);
            assertEquals(1.0, dl4j.runningVariance(0).get(0, j), 0.0);
        }
    }

    /**
     * What DL4J's default {@code useLogStd = true} changes: only how the running variance is stored. It keeps
     * {@code log10 sqrt(var)} (parameter {@code log10stdev}), moves it so that {@code var} follows the same rule, and
     * evaluates with {@code sqrt(var + eps)}, as {@code useLogStd(false)}, which stores {@code var} itself. So both
     * evaluate like the engine; {@link Dl4jGraphReference} takes {@code useLogStd(false)} to read the variance
     * without a logarithm and a power in between. Measured: the two agree after a {@code fit} to 1e-15, and a
     * stored variance of 1e-4 beside eps 1e-5 evaluates with {@code sqrt(1e-4 + 1e-5)}.
     */
    @Test
    void dl4jsLogStdStoresTheSameRunningVarianceAndEvaluatesWithEpsilon() {
        double variance = 1e-4;
        INDArray x = Nd4j.create(new double[][] {{0.3, -0.2}, {-0.5, 0.1}, {0.2, 0.4}, {0.9, -0.7}});
        double[] stored = new double[2];
        for (boolean logStd : new boolean[] {true, false}) {
            var conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                    .updater(new org.nd4j.linalg.learning.config.Sgd(RATE)).list()
                    .layer(new BatchNormalization.Builder().nIn(2).nOut(2).useLogStd(logStd).build())
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(2).nOut(2)
                            .activation(new ActivationIdentity()).build())
                    .build();
            BatchNormalization bn = (BatchNormalization) conf.getConf(0).getLayer();
            assertEquals(1e-5, bn.getEps(), 0.0);
            assertEquals(0.9, bn.getDecay(), 0.0);
            assertEquals(true, new BatchNormalization.Builder().build().isUseLogStd(), "DL4J's default");
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            net.getParam("1_W").assign(Nd4j.eye(2));
            net.getParam("1_b").assign(0);
            net.fit(x, x.mul(2));
            stored[logStd ? 0 : 1] = logStd ? Math.pow(Math.pow(10, net.getParam("0_log10stdev").getDouble(0)), 2)
                    : net.getParam("0_var").getDouble(0);

            if (logStd) {
                net.getParam("0_log10stdev").assign(Math.log10(Math.sqrt(variance)));
            } else {
                net.getParam("0_var").assign(variance);
            }
            net.getParam("0_mean").assign(0);
            net.getParam("0_gamma").assign(1);
            net.getParam("0_beta").assign(0);
            net.getParam("1_W").assign(Nd4j.eye(2));
            net.getParam("1_b").assign(0);
            INDArray out = net.output(Nd4j.create(new double[][] {{0.01, -0.02}}));
            assertEquals(0.01 / Math.sqrt(variance + 1e-5), out.getDouble(0, 0), 1e-12, "useLogStd " + logStd);
        }
        assertEquals(stored[1], stored[0], 1e-15 * stored[1], "the running variance, stored both ways");
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
