package org.backproplab.experiments.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.train.Evaluation;
import org.backproplab.engine.train.Evaluator;
import org.backproplab.engine.matrix.Cores;
import org.backproplab.engine.train.Trainer;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * Trains one network (hidden layers as specified, the output layer its loss is meant for, the spec's optimizer)
 * and measures it after every epoch. Single-threaded and seeded: the result depends on the spec and the data only.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    /** A run without probes. */
    public static RunResult run(RunSpec spec, TrainingData data) {
        return run(spec, data, List.of());
    }

    /**
     * Trains {@code spec}'s network on {@code data}, measuring it after every epoch (epoch 0: at initialization)
     * and letting each of {@code probes} look at the live network then; a run whose loss becomes NaN or infinite
     * stops at that epoch, which is its last. The probes only read the network: with or without them, the numbers
     * are the same.
     */
    public static RunResult run(RunSpec spec, TrainingData data, List<Probe> probes) {
        return run(spec, data, probes, Cores.ONE);
    }

    /**
     * As above, the run's matrix products (training steps and measurements) shared between {@code cores}: the same
     * numbers, bit for bit, as on one core (the caller owns and closes them).
     */
    public static RunResult run(RunSpec spec, TrainingData data, List<Probe> probes, Cores cores) {
        long start = System.nanoTime();
        Trainer trainer = trainer(spec, data);
        trainer.useCores(cores);
        Network network = trainer.network();
        Evaluator onTrain = new Evaluator(network, spec.loss(), data.trainX(), data.trainY());
        Evaluator onTest = data.testX() == data.trainX() && data.testY() == data.trainY() ? onTrain
                : new Evaluator(network, spec.loss(), data.testX(), data.testY());
        onTrain.useCores(cores);
        onTest.useCores(cores);
        List<Probe.Recorder> recorders = probes.stream().map(p -> p.start(network, spec, data)).toList();
        // A probe that watches every step (a step trace) is shown each one; the others look after each epoch.
        Trainer.StepListener watching = recorders.stream().filter(r -> r instanceof Trainer.StepListener)
                .map(r -> (Trainer.StepListener) r).reduce(TrainingRun::both).orElse(null);
        List<EpochRecord> epochs = new ArrayList<>(spec.epochs() + 1);
        epochs.add(measure(0, network, onTrain, onTest));
        int divergedAt = -1;
        for (int epoch = 1; epoch <= spec.epochs() && divergedAt < 0; epoch++) {
            recorders.forEach(r -> r.epoch(epochs.size() - 1, false));
            if (watching == null) {
                trainer.epoch();
            } else {
                trainer.epoch(watching);
            }
            EpochRecord record = measure(epoch, network, onTrain, onTest);
            epochs.add(record);
            if (!Double.isFinite(record.trainLoss())) {
                // Diverged: every later epoch would be NaN too. Stop, and say when, rather than crash the sweep.
                divergedAt = epoch;
            }
        }
        recorders.forEach(r -> r.epoch(epochs.size() - 1, true));
        Map<String, Measurements> measured = new LinkedHashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            measured.put(probes.get(i).name(), recorders.get(i).result());
        }
        return new RunResult(spec, epochs, (System.nanoTime() - start) / 1_000_000, divergedAt, measured);
    }

    private static Trainer.StepListener both(Trainer.StepListener a, Trainer.StepListener b) {
        return new Trainer.StepListener() {
            @Override
            public void beforeUpdate(org.backproplab.engine.matrix.Matrix x, org.backproplab.engine.matrix.Matrix y,
                    double loss, org.backproplab.engine.network.Workspace ws) {
                a.beforeUpdate(x, y, loss, ws);
                b.beforeUpdate(x, y, loss, ws);
            }

            @Override
            public void afterUpdate() {
                a.afterUpdate();
                b.afterUpdate();
            }
        };
    }

    /** The spec's network, initialized, with its trainer: the one place both are made from the seed. */
    private static Trainer trainer(RunSpec spec, TrainingData data) {
        NetworkSpec shape = spec.network(data.inputs(), data.trainY().cols());
        // Two independent streams from the one seed: one for the weights, one for the sample order.
        SplittableRandom seeds = new SplittableRandom(spec.seed());
        Network network = Network.create(shape, spec.initializer(), seeds.nextLong());
        return new Trainer(network, spec.loss(), spec.optimizer(), spec.batchSize(), data.trainX(), data.trainY(),
                seeds.nextLong());
    }

    private static EpochRecord measure(int epoch, Network network, Evaluator onTrain, Evaluator onTest) {
        // A batch-normalized network is measured with the training set's statistics for its weights as they are
        // (Ioffe and Szegedy's Algorithm 2), not with the moving averages, which lag the weights: with them one
        // epoch's loss can read 1e18 between two of 0.1, and at initialization they are not estimates at all.
        onTrain.setPopulationStatistics(network);
        Evaluation train = onTrain.evaluate(network);
        // A set that is both (a truth table, trained on and measured whole) is evaluated once.
        Evaluation test = onTest == onTrain ? train : onTest.evaluate(network);
        double[] norms = train.gradientNorms();
        return new EpochRecord(epoch, train.loss(), train.accuracy(), test.loss(), test.accuracy(), norms[0],
                norms[norms.length - 1], norms, train.saturation());
    }
}
