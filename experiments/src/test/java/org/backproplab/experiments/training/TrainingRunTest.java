package org.backproplab.experiments.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.datasets.Moons;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    private static final TrainingData DATA = TrainingData.of("moons", Moons.standard(3).load(0.25, 3));
    private static final List<Probe> PROBES = List.of(LayerOutputs.onTrainingSet(Which.all()),
            new DecisionGrid(20, Which.all()), new ProbeSetLayers(50, Which.all()));

    @Test
    void probesOnlyReadTheNetwork() {
        for (Activation a : new Activation[] {Activation.tanh(), Activation.named("rrelu")}) {
            RunSpec spec = new RunSpec(a, 2, 8, Initializer.xavier(), 0.1, 16, 5, 7);
            RunResult plain = TrainingRun.run(spec, DATA);
            RunResult probed = TrainingRun.run(spec, DATA, PROBES);
            // Bit for bit: the same seed, the same batches, the same noise (RReLU draws it in training only).
            assertEquals(plain.epochs().size(), probed.epochs().size(), a.name());
            for (int e = 0; e < plain.epochs().size(); e++) {
                assertEquals(plain.epochs().get(e).trainLoss(), probed.epochs().get(e).trainLoss(), 0.0, a.name());
                assertEquals(plain.epochs().get(e).testAccuracy(), probed.epochs().get(e).testAccuracy(), 0.0);
                assertArrayEquals(plain.epochs().get(e).layerGradients(), probed.epochs().get(e).layerGradients());
            }
        }
    }

    @Test
    void eachProbeMeasuresWhatItSays() {
        RunSpec spec = new RunSpec(Activation.sigmoid(), 2, 8, Initializer.xavier(), 0.5, 16, 4, 3);
        RunResult run = TrainingRun.run(spec, DATA, PROBES);
        double[][] outputs = ((LayerOutputs) PROBES.get(0)).outputs(run);
        assertEquals(2, outputs.length);
        assertEquals(DATA.trainX().rows() * 8, outputs[0].length);
        for (double[] layer : outputs) {
            for (double v : layer) {
                assertEquals(true, v > 0 && v < 1, "a sigmoid's output lies in (0, 1): " + v);
            }
        }
        // The grid's probabilities are a softmax: each cell's sum to 1.
        double[][] p = run.measured(PROBES.get(1)).get("probabilities");
        assertEquals(400, p.length);
        for (double[] cell : p) {
            assertEquals(1.0, cell[0] + cell[1], 1e-12);
        }
        // One reading per recorded epoch, 0 included, for each hidden layer; the probe's gradient at
        // initialization is the batch mean's over its first 50 samples, not the whole set's.
        double[][] grad = ((ProbeSetLayers) PROBES.get(2)).reading(run, ProbeSetLayers.BIAS_GRADIENT);
        assertEquals(5, grad.length);
        assertEquals(2, grad[0].length);
        assertEquals(true, grad[0][0] > 0);
    }

    @Test
    void aRunOnTwoOrThreeCoresGivesTheNumbersOfOneCore() {
        // Layers of 128 on batches of 64: products large enough to be shared between the cores.
        RunSpec spec = new RunSpec(Activation.tanh(), 2, 128, Initializer.xavier(), 0.1, 64, 3, 9);
        RunResult one = TrainingRun.run(spec, DATA, PROBES);
        for (int count = 2; count <= 3; count++) {
            try (org.backproplab.engine.matrix.Cores cores = org.backproplab.engine.matrix.Cores.of(count)) {
                RunResult shared = TrainingRun.run(spec, DATA, PROBES, cores);
                for (int e = 0; e < one.epochs().size(); e++) {
                    assertEquals(one.epochs().get(e).trainLoss(), shared.epochs().get(e).trainLoss(), 0.0);
                    assertEquals(one.epochs().get(e).testLoss(), shared.epochs().get(e).testLoss(), 0.0);
                    assertArrayEquals(one.epochs().get(e).layerGradients(), shared.epochs().get(e).layerGradients());
                }
                assertArrayEquals(((LayerOutputs) PROBES.get(0)).outputs(one)[1],
                        ((LayerOutputs) PROBES.get(0)).outputs(shared)[1], 0.0);
            }
        }
    }
}
