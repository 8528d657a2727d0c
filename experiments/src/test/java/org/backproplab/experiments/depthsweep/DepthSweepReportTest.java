package org.backproplab.experiments.depthsweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;

/** The findings are read off the data: feed it made-up results and they must say what those results say. */
class DepthSweepReportTest {
    private static final Grid CONFIG = new Grid(Spirals.standard(1), List.of(Activation.sigmoid()), List.of(1, 2, 3),
            List.of(8), List.of(), List.of(8), List.of("auto"), List.of("sgd"), 1, 1);

    /** Three classes: chance is 1/3. */
    private static final TrainingData DATA = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 3),
            new Matrix(2, 3), new Matrix(2, 3), 3);

    /** One sigmoid cell per depth 1..3, with the given final accuracies and initial gradient ratios. */
    private static Cells cells(double[] accuracy, double[] ratio) {
        List<RunResult> cells = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            RunSpec spec = new RunSpec(Activation.sigmoid(), d, 8, Initializer.xavier(), 0.1, 8, 1, 1);
            EpochRecord start = new EpochRecord(0, 1.1, 0.33, 1.1, 0.33, ratio[d - 1], 1.0);
            EpochRecord end = new EpochRecord(1, 0.5, 0.9, 0.5, accuracy[d - 1], 1.0, 1.0);
            cells.add(new RunResult(spec, List.of(start, end), 1));
        }
        return Cells.of(CONFIG, DATA, cells);
    }

    @Test
    void aShrinkingGradientAndAFailingDeepNetworkAreReportedAsSuch() {
        String finding = DepthSweepFindings.findings(
                cells(new double[] {0.9, 0.7, 0.34}, new double[] {1e-1, 1e-2, 1e-3})).get(0);
        assertTrue(finding.startsWith("sigmoid: test accuracy 0.900 at depth 1, best 0.900 at depth 1, "
                + "0.340 (chance level) at depth 3."), finding);
        assertTrue(finding.contains("it shrinks by a factor of 10.0 with every added layer"), finding);
        assertTrue(finding.contains("From depth 3 on it does no better than guessing."), finding);
    }

    @Test
    void theOppositeDataGivesTheOppositeFinding() {
        String finding = DepthSweepFindings.findings(
                cells(new double[] {0.5, 0.8, 0.97}, new double[] {0.5, 0.5, 0.5})).get(0);
        assertTrue(finding.contains("best 0.970 at depth 3, 0.970 at depth 3."), finding);
        assertFalse(finding.contains("chance level"), finding);
        assertFalse(finding.contains("guessing"), finding);
        assertTrue(finding.contains("holds roughly steady (x1.00 per added layer)"), finding);
    }

    /** Depths 1 and 2, three seeds each, with the given accuracies. */
    private static Cells seeded(double[] depth1, double[] depth2) {
        List<RunResult> cells = new ArrayList<>();
        double[][] acc = {depth1, depth2};
        for (int d = 1; d <= 2; d++) {
            List<RunResult> runs = new ArrayList<>();
            for (int seed = 1; seed <= 3; seed++) {
                RunSpec spec = new RunSpec(Activation.sigmoid(), d, 8, Initializer.xavier(), 0.1, 8, 1, seed);
                runs.add(new RunResult(spec, List.of(new EpochRecord(0, 1.1, 0.33, 1.1, 0.33, 0.5, 1.0),
                        new EpochRecord(1, 0.5, 0.9, 0.5, acc[d - 1][seed - 1], 1.0, 1.0)), 1));
            }
            cells.addAll(runs);
        }
        return Cells.of(CONFIG, DATA, cells);
    }

    @Test
    void theTestBehindTheFindingFollowsTheSeeds() {
        String apart = DepthSweepFindings.findings(seeded(new double[] {0.95, 0.96, 0.97},
                new double[] {0.40, 0.41, 0.39})).get(0);
        assertTrue(apart.contains("Depth 2 against depth 1: a real difference (Welch's t-test over the seeds, p = "),
                apart);
        String noise = DepthSweepFindings.findings(seeded(new double[] {0.95, 0.90, 0.97},
                new double[] {0.93, 0.96, 0.91})).get(0);
        assertTrue(noise.contains("Depth 2 against depth 1: no difference the seeds can tell from noise (Welch's "
                + "t-test over the seeds, p = "), noise);
    }

    @Test
    void growthIsCalledExploding() {
        assertEquals("it grows by a factor of 3.0 with every added layer, an exploding gradient",
                DepthSweepFindings.perLayerWords(3.0));
    }
}
