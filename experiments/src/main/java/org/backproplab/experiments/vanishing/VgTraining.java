package org.backproplab.experiments.vanishing;

import java.util.SplittableRandom;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.train.Evaluator;
import org.backproplab.engine.train.Instruments;
import org.backproplab.engine.train.Trainer;
import org.backproplab.experiments.run.TrainingData;
import org.backproplab.experiments.run.TrainingRun;

/**
 * Trains one network (by default [inputs, 30, 30, 30, 30, classes], Nielsen's chapter 5 setting) with softmax
 * cross-entropy and the spec's optimizer, and before the first update and after every epoch measures every hidden
 * layer on a fixed probe of the first {@code probeSize} training images: the gradient of the batch mean, so each
 * norm is the average over those images' gradients.
 */
final class VgTraining {
    private VgTraining() {
    }

    static VgResult run(VgRun run, TrainingData data, int epochs, int probeSize) {
        long start = System.nanoTime();
        int hidden = run.depth();
        LayerSpec[] layers = new LayerSpec[hidden + 1];
        for (int l = 0; l < hidden; l++) {
            layers[l] = new LayerSpec(run.spec().width(), run.activation());
        }
        layers[hidden] = new LayerSpec(data.classes(), Activation.identity());
        NetworkSpec spec = NetworkSpec.of(data.inputs(), layers);
        SplittableRandom seeds = new SplittableRandom(run.seed());
        Network network = Network.create(spec, run.initializer(), seeds.nextLong());
        Loss loss = Loss.softmaxCrossEntropy();
        Trainer trainer = new Trainer(network, loss, TrainingRun.optimizer(run.spec()), run.spec().batchSize(),
                data.trainX(),
                data.trainY(), seeds.nextLong());
        Evaluator onTest = new Evaluator(network, loss, data.testX(), data.testY());

        int probe = Math.min(probeSize, data.trainX().rows());
        Matrix px = rows(data.trainX(), probe);
        Matrix py = rows(data.trainY(), probe);
        Workspace ws = network.workspace(probe);
        Instruments instruments = new Instruments(network);

        double[][] grad = new double[epochs + 1][hidden];
        double[][] mean = new double[epochs + 1][hidden];
        double[][] sd = new double[epochs + 1][hidden];
        double[][] sat = new double[epochs + 1][hidden];
        double[] accuracy = new double[epochs + 1];
        // Every hidden unit's output on the probe, at initialization and after training: the distributions
        // Glorot and Bengio (2010) plot layer by layer.
        double[][][] outputs = new double[2][hidden][];
        for (int epoch = 0; epoch <= epochs; epoch++) {
            if (epoch > 0) {
                trainer.epoch();
            }
            network.forward(px, ws);
            network.backward(py, loss, ws);
            instruments.beforeUpdate(ws);
            for (int l = 0; l < hidden; l++) {
                grad[epoch][l] = instruments.biasGradientNorm(l);
                mean[epoch][l] = instruments.activationMean(l);
                sd[epoch][l] = instruments.activationSd(l);
                sat[epoch][l] = instruments.saturation(l);
                if (epoch == 0 || epoch == epochs) {
                    outputs[epoch == 0 ? 0 : 1][l] = ws.out(l).data().clone();
                }
            }
            accuracy[epoch] = onTest.evaluate(network).accuracy();
        }
        return new VgResult(run, grad, mean, sd, sat, accuracy, outputs[0], outputs[1],
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Matrix rows(Matrix m, int count) {
        Matrix out = new Matrix(count, m.cols());
        System.arraycopy(m.data(), 0, out.data(), 0, count * m.cols());
        return out;
    }
}
