package org.backproplab.experiments.degradation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.datasets.Spirals;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.experiments.grid.DataSplit;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;

/** The findings are read off the numbers: made-up runs must get the verdict their numbers deserve. */
class DegradationFindingsTest {
    private static final TrainingData DATA = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 3),
            new Matrix(2, 3), new Matrix(2, 3), 3);

    private static Grid grid(List<Normalization> norms, List<Integer> residuals) {
        return new Grid(Spirals.standard(1), List.of(Activation.relu()), List.of(10, 50), List.of(8), List.of(0.1),
                List.of(8), List.of("he"), List.of("sgd"), 2, 3, Loss.softmaxCrossEntropy(), norms, residuals, List.of(),
                List.of());
    }

    /** Three seeds at depths 10 and 50 of one remedy, each run's epochs at the given training losses. */
    private static List<RunResult> runs(Normalization norm, int residual, double[] at10, double[] at50,
            boolean deepDiverges) {
        List<RunResult> out = new ArrayList<>();
        for (int depth : new int[] {10, 50}) {
            for (int seed = 1; seed <= 3; seed++) {
                RunSpec spec = new RunSpec(Activation.relu(), depth, 8, Initializer.he(), Sgd.withRate(0.1), 8, 2,
                        seed, DataSplit.of("made up"), Loss.softmaxCrossEntropy(), norm, residual);
                double loss = (depth == 10 ? at10 : at50)[seed - 1];
                List<EpochRecord> epochs = new ArrayList<>(List.of(new EpochRecord(0, 2.3, 0.1, 2.3, 0.1, 0.5, 1.0)));
                boolean diverges = depth == 50 && deepDiverges;
                // A spike at the last epoch: the lowest loss, not the last, is what training reached.
                epochs.add(new EpochRecord(1, diverges ? Double.NaN : loss, 0.9, loss, 0.9, 0.5, 1.0));
                if (!diverges) {
                    epochs.add(new EpochRecord(2, 1e4, 0.1, 1e4, 0.1, 0.5, 1.0));
                }
                out.add(new RunResult(spec, epochs, 1, diverges ? 1 : -1));
            }
        }
        return out;
    }

    @Test
    void aDeeperPlainNetworkThatTrainsWorseIsDegradationAndTheRemedyThatLevelsItIsNot() {
        List<RunResult> results = new ArrayList<>(runs(Normalization.none(), 0, new double[] {0.01, 0.012, 0.011},
                new double[] {1.0, 1.2, 1.1}, false));
        results.addAll(runs(Normalization.batch(), 2, new double[] {0.01, 0.012, 0.011},
                new double[] {0.009, 0.011, 0.010}, false));
        Cells c = Cells.of(grid(List.of(Normalization.none(), Normalization.batch()), List.of(0, 2)), DATA, results);
        List<String> findings = DegradationFindings.findings(c);
        assertTrue(findings.get(0).startsWith("relu, plain: the lowest training loss at 50 hidden layers is 100x "
                + "that at 10 (1.10 against 0.0110; p = "), findings.get(0));
        assertTrue(findings.get(0).endsWith("the deeper network trains worse: degradation."), findings.get(0));
        assertTrue(findings.get(1).startsWith("relu, batch-norm + residual: the lowest training loss at 50 hidden "
                + "layers is 0.91x that at 10"), findings.get(1));
        assertTrue(findings.get(1).endsWith("no degradation shown."), findings.get(1));
        String against = findings.stream().filter(f -> f.startsWith("relu at 50 hidden layers, against the plain "
                + "network")).findFirst().orElseThrow();
        assertTrue(against.contains("batch-norm + residual 0.0100 (110x lower, p = "), against);
        String shallow = findings.stream().filter(f -> f.startsWith("relu at 10 hidden layers, against the plain "
                + "network")).findFirst().orElseThrow();
        assertTrue(shallow.contains("batch-norm + residual 0.0110 (within 10% of it, p = 1.0)"), shallow);
    }

    @Test
    void aDeepNetworkThatDivergesDoesNotTrainAtAll() {
        Cells c = Cells.of(grid(List.of(Normalization.none()), List.of(2)), DATA, runs(Normalization.none(), 2,
                new double[] {0.01, 0.012, 0.011}, new double[] {1, 1, 1}, true));
        String finding = DegradationFindings.findings(c).get(0);
        assertEquals("relu, residual: at 50 hidden layers it does not train at all, at 10 it does: depth degrades "
                + "training (3 of 3 runs diverged at 50 layers).", finding);
        assertTrue(DegradationFindings.why(c).get(0).startsWith("relu with shortcuts alone diverged at 50 hidden "
                + "layers (3 of 3 runs)"), DegradationFindings.why(c).toString());
    }
}
