package org.backproplab.experiments.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Momentum;
import org.backproplab.engine.optim.Nesterov;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.RmsProp;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.engine.train.Evaluation;
import org.backproplab.engine.train.Evaluator;
import org.backproplab.engine.train.Trainer;

/**
 * Trains one classifier (hidden layers as specified, identity output, softmax cross-entropy, the spec's
 * optimizer) and measures it after every epoch. Single-threaded and seeded: the result depends on the spec and
 * the data only.
 */
public final class TrainingRun {
    public static final Loss LOSS = Loss.softmaxCrossEntropy();

    private TrainingRun() {
    }

    public static RunResult run(RunSpec spec, TrainingData data) {
        long start = System.nanoTime();
        Trainer trainer = trainer(spec, data);
        Network network = trainer.network();
        Evaluator onTrain = new Evaluator(network, LOSS, data.trainX(), data.trainY());
        Evaluator onTest = new Evaluator(network, LOSS, data.testX(), data.testY());
        List<EpochRecord> epochs = new ArrayList<>(spec.epochs() + 1);
        epochs.add(measure(0, network, onTrain, onTest));
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            trainer.epoch();
            EpochRecord record = measure(epoch, network, onTrain, onTest);
            epochs.add(record);
            if (!Double.isFinite(record.trainLoss())) {
                // Diverged: every later epoch would be NaN too. Stop, and say when, rather than crash the sweep.
                return new RunResult(spec, epochs, (System.nanoTime() - start) / 1_000_000, epoch);
            }
        }
        return new RunResult(spec, epochs, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The network {@code spec} trains on {@code data}, trained again: the run is seeded, so it is the network
     * {@link #run} trained (without the measurements, which draw no random numbers). For figures that need the
     * network itself: a decision boundary, the distribution of its layers' outputs.
     */
    public static Network trainedNetwork(RunSpec spec, TrainingData data) {
        Trainer trainer = trainer(spec, data);
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            trainer.epoch();
        }
        return trainer.network();
    }

    /** The spec's network, initialized, with its trainer: the one place both are made from the seed. */
    private static Trainer trainer(RunSpec spec, TrainingData data) {
        NetworkSpec shape = NetworkSpec.mlp(data.inputs(), spec.depth(), spec.width(), spec.hidden(),
                data.classes(), Activation.identity());
        // Two independent streams from the one seed: one for the weights, one for the sample order.
        SplittableRandom seeds = new SplittableRandom(spec.seed());
        Network network = Network.create(shape, spec.initializer(), seeds.nextLong());
        return new Trainer(network, LOSS, optimizer(spec), spec.batchSize(), data.trainX(), data.trainY(),
                seeds.nextLong());
    }

    /** The spec's optimizer at its learning rate (momentum and Nesterov with mu 0.9, Adam and RMSProp as usual). */
    public static Optimizer optimizer(RunSpec spec) {
        double lr = spec.learningRate();
        return switch (spec.optimizer()) {
            case "momentum" -> Momentum.withRate(lr, 0.9);
            case "nesterov" -> Nesterov.withRate(lr, 0.9);
            case "adam" -> Adam.withRate(lr);
            case "rmsprop" -> RmsProp.withRate(lr);
            default -> Sgd.withRate(lr);
        };
    }

    private static EpochRecord measure(int epoch, Network network, Evaluator onTrain, Evaluator onTest) {
        Evaluation train = onTrain.evaluate(network);
        Evaluation test = onTest.evaluate(network);
        double[] norms = train.gradientNorms();
        return new EpochRecord(epoch, train.loss(), train.accuracy(), test.loss(), test.accuracy(), norms[0],
                norms[norms.length - 1], norms, train.saturation());
    }
}
