package org.backproplab.experiments.relufamily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.datasets.Spirals;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.relufamily.ReluFamilyFindings.Comparison;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A run that diverged is left out of every statistic, as in every study's summary: of the means, of the pairing
 * against the baseline (its seed is paired in neither activation), and it never reaches the loss threshold.
 */
class ReluFamilyFindingsTest {
    private static final double[] RELU = {0.90, 0.92, 0.91};
    private static final double[] ELU = {0.95, 0.10, 0.93};

    /** ReLU and ELU on seeds 1..3; ELU's seed 2 diverges at epoch 2, with a NaN network's accuracy. */
    private static Cells cells() {
        List<Activation> activations = List.of(Activation.relu(), Activation.named("elu"));
        List<RunResult> results = new ArrayList<>();
        for (Activation a : activations) {
            boolean elu = a != activations.get(0);
            for (int seed = 1; seed <= 3; seed++) {
                double acc = (elu ? ELU : RELU)[seed - 1];
                RunSpec spec = new RunSpec(a, 2, 8, Initializer.he(), 0.05, 8, 2, seed);
                boolean diverges = elu && seed == 2;
                results.add(new RunResult(spec, List.of(new EpochRecord(0, 2, 0.1, 2, 0.1, 1, 1),
                        new EpochRecord(1, 0.05, 0.8, 0.5, 0.8, 1, 1),
                        new EpochRecord(2, diverges ? Double.NaN : 0.01, acc, 0.1, acc, 1, 1)), 3,
                        diverges ? 2 : -1));
            }
        }
        Grid grid = new Grid(Spirals.standard(1), activations, List.of(2), List.of(8), List.of(0.05), List.of(8),
                List.of("auto"), List.of("sgd"), 2, 3);
        TrainingData data = new TrainingData("made up", new Matrix(2, 2), new Matrix(2, 3), new Matrix(2, 2),
                new Matrix(2, 3), 3);
        return Cells.of(grid, data, results);
    }

    @Test
    void aDivergedRunIsLeftOutOfTheMeanAndItsSeedOutOfThePairing() {
        Cells c = cells();
        Cell elu = c.cells().get(1);
        Comparison vs = Comparison.of(c);
        assertEquals("relu", vs.name());
        assertTrue(vs.isBaseline(c.cells().get(0)));
        assertEquals((0.95 + 0.93) / 2 - (0.90 + 0.92 + 0.91) / 3, vs.of(elu).diff(), 1e-12);
        assertEquals(SeedStats.pairedP(new double[] {0.95, 0.93}, new double[] {0.90, 0.91}), vs.of(elu).p(),
                1e-12);
        assertEquals(2, elu.stat(ReluFamilyFindings.EPOCHS_TO_LOSS).n());
        assertEquals(1.0, elu.stat(ReluFamilyFindings.EPOCHS_TO_LOSS).mean());
        assertEquals((0.95 + 0.93) / 2, elu.stat(Metric.TEST_ACCURACY).mean(), 1e-12);
    }

    @Test
    void anActivationWithADivergedSeedIsTheSlowestToConverge() {
        List<String> findings = ReluFamilyFindings.findings(cells());
        String speed = findings.get(findings.size() - 1);
        assertEquals("Speed: the mean number of epochs to a training loss of 0.1 ranges from 1.0 (relu) to never, "
                + "for some seeds (elu).", speed);
    }
}
