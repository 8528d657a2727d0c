package org.backproplab.experiments.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.datasets.Moons;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.train.Evaluator;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    @Test
    void theRetrainedNetworkIsTheOneTheRunMeasured() {
        TrainingData data = TrainingData.of("moons", Moons.standard(3).load(0.25, 3));
        for (Activation a : new Activation[] {Activation.tanh(), Activation.named("rrelu")}) {
            RunSpec spec = new RunSpec(a, 2, 8, Initializer.xavier(), 0.1, 16, 5, 7);
            RunResult run = TrainingRun.run(spec, data);
            var network = TrainingRun.trainedNetwork(spec, data);
            var again = new Evaluator(network, TrainingRun.LOSS, data.testX(), data.testY()).evaluate(network);
            // Bit for bit: the same seed, the same batches, the same noise (RReLU draws it in training only).
            assertEquals(run.last().testLoss(), again.loss(), 0.0, a.name());
            assertEquals(run.last().testAccuracy(), again.accuracy(), 0.0, a.name());
        }
    }
}
