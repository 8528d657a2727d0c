package org.backproplab.experiments.execution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path dir;

    private static final RunSpec SPEC = new RunSpec(Activation.tanh(), 2, 8, Initializer.xavier(), 0.1, 4, 2, 3);

    /** A whole run of SPEC as the store checks it: a gradient for each of its 2 hidden layers and its output. */
    @Test
    void aSavedRunReadsBackBitForBitNaNAndInfinityIncluded() {
        RunStore store = new RunStore(dir.resolve("runs"));
        List<EpochRecord> epochs = List.of(
                new EpochRecord(0, 2.302585092994046, 0.1, 2.3025850929940455, 0.1, 1e-300, 0.1 + 0.2,
                        new double[] {1e-300, 1.0, 0.30000000000000004}),
                new EpochRecord(1, Double.NaN, 0.1, Double.POSITIVE_INFINITY, 0.1, Double.NaN, Double.NaN,
                        new double[] {Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY}));
        RunResult run = new RunResult(SPEC, epochs, 123, 1);
        store.save(run);
        RunResult back = store.load(SPEC).orElseThrow();
        assertEquals(1, store.count());
        assertEquals(123, back.millis());
        assertEquals(1, back.divergedAt());
        for (int e = 0; e < 2; e++) {
            EpochRecord a = epochs.get(e);
            EpochRecord b = back.epochs().get(e);
            assertEquals(Double.doubleToLongBits(a.trainLoss()), Double.doubleToLongBits(b.trainLoss()));
            assertEquals(Double.doubleToLongBits(a.testLoss()), Double.doubleToLongBits(b.testLoss()));
            assertEquals(a.firstLayerGradient(), b.firstLayerGradient());
            assertArrayEquals(a.layerGradients(), b.layerGradients());
        }
    }

    @Test
    void anotherSpecDoesNotPickUpTheResult() {
        RunStore store = new RunStore(dir);
        store.save(new RunResult(SPEC, List.of(new EpochRecord(0, 1, 0, 1, 0, 1, 1)), 5));
        RunSpec otherSeed = new RunSpec(Activation.tanh(), 2, 8, Initializer.xavier(), 0.1, 4, 2, 4);
        RunSpec otherRate = new RunSpec(Activation.tanh(), 2, 8, Initializer.xavier(), 0.10000001, 4, 2, 3);
        assertTrue(store.load(otherSeed).isEmpty());
        assertTrue(store.load(otherRate).isEmpty());
        assertNotEquals(RunStore.key(SPEC), RunStore.key(otherRate));
    }

    @Test
    void writesLeaveNoPartFilesAndABrokenFileIsRedoneNotTrusted() throws IOException {
        RunStore store = new RunStore(dir);
        store.save(new RunResult(SPEC, List.of(new EpochRecord(0, 1, 0, 1, 0, 1, 1)), 5));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(RunStore.key(SPEC) + ".json"), files.map(f -> f.getFileName().toString()).toList());
        }
        Files.writeString(dir.resolve(RunStore.key(SPEC) + ".json"), "{\"run\": \"trunc");
        assertTrue(store.load(SPEC).isEmpty());
    }

    @Test
    void probesAreSavedExactlyAndARunWithoutADeclaredProbeIsTrainedAgain() {
        RunStore store = new RunStore(dir.resolve("runs"));
        var probe = org.backproplab.experiments.training.LayerOutputs.onTrainingSet(
                org.backproplab.experiments.training.Which.all());
        double[][] outputs = {{0.1 + 0.2, Double.NaN, -0.0, 1e-300}, {Double.NEGATIVE_INFINITY, 1.0 / 3}};
        List<EpochRecord> epochs = List.of(
                new EpochRecord(0, 2.3, 0.1, 2.3, 0.1, 0.5, 0.5, new double[] {0.5, 0.5, 0.5}),
                new EpochRecord(1, 2.2, 0.2, 2.2, 0.2, 0.5, 0.5, new double[] {0.5, 0.5, 0.5}));
        RunSpec spec = new RunSpec(Activation.tanh(), 2, 8, Initializer.xavier(), 0.1, 4, 1, 3);
        store.save(new RunResult(spec, epochs, 5, -1, java.util.Map.of(probe.name(),
                new org.backproplab.experiments.training.Measurements(java.util.Map.of("outputs", outputs)))));
        RunResult back = store.load(spec, List.of(probe)).orElseThrow();
        double[][] read = probe.outputs(back);
        for (int l = 0; l < outputs.length; l++) {
            assertEquals(outputs[l].length, read[l].length);
            for (int i = 0; i < outputs[l].length; i++) {
                assertEquals(Double.doubleToRawLongBits(outputs[l][i]), Double.doubleToRawLongBits(read[l][i]));
            }
        }
        // A study that now also asks for the decision boundary does not take the saved run as whole.
        var grid = new org.backproplab.experiments.training.DecisionGrid(10,
                org.backproplab.experiments.training.Which.all());
        assertTrue(store.load(spec, List.of(probe, grid)).isEmpty());
        assertEquals(1, store.rejected());
    }
}
