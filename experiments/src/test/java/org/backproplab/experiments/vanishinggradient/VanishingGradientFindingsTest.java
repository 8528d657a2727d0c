package org.backproplab.experiments.vanishinggradient;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.backproplab.datasets.Spirals;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Measurements;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.experiments.training.RunResult;
import org.junit.jupiter.api.Test;

/** The findings are read off the numbers: made-up gradients one way and the other must be described as they are. */
class VanishingGradientFindingsTest {
    /**
     * One run whose four hidden layers get {@code first} ... {@code last} at initialization, from the initialization
     * matched to {@code a}: the study calls it "matched".
     */
    private static RunResult run(Activation a, double first, double last, double saturationLast) {
        RunSpec spec = new RunSpec(a, 4, 30, Initializer.matchedTo(a), 0.1, 10, 1, 1);
        double[][] grad = {{first, (first + last) / 2, (first + last) / 2, last}, {1, 1, 1, 1}};
        double[][] zero = new double[2][4];
        double[][] saturation = {{0, 0, 0, saturationLast}, {0, 0, 0, 0}};
        double[][] outputs = {{0.5}, {0.5}, {0.5}, {0.5}};
        Map<String, double[][]> layers = Map.of(ProbeSetLayers.BIAS_GRADIENT, grad, ProbeSetLayers.MEAN, zero,
                ProbeSetLayers.SD, zero, ProbeSetLayers.SATURATION, saturation);
        List<EpochRecord> epochs = List.of(new EpochRecord(0, 2.3, 0.1, 2.3, 0.1, 1, 1),
                new EpochRecord(1, 0.3, 0.9, 0.3, 0.9, 1, 1));
        return new RunResult(spec, epochs, 1, -1, Map.of(VanishingGradient.LAYERS.name(),
                new Measurements(layers), VanishingGradient.OUTPUTS.name(), new Measurements(Map.of("outputs",
                        outputs))));
    }

    private static String finding(Activation a, double first, double last, double saturation) {
        Grid grid = new Grid(Spirals.standard(1), List.of(a), List.of(4), List.of(30), List.of(0.1), List.of(10),
                List.of(Grid.AUTO), List.of("sgd"), 1, 1);
        TrainingData data = new TrainingData("made up", new Matrix(2, 3), new Matrix(2, 2), new Matrix(2, 3),
                new Matrix(2, 2), 2);
        String f = VanishingGradientFindings.findings(Cells.of(grid, data, List.of(run(a, first, last, saturation))))
                .get(0);
        assertTrue(f.startsWith(a.name() + ", matched: "), f);
        return f;
    }

    @Test
    void aGradientThatShrinksTowardsTheInputIsSaidToShrinkByItsRatio() {
        String f = finding(Activation.sigmoid(), 0.005, 0.1, 0.25);
        assertTrue(f.contains("the first hidden layer receives a gradient 20.0x smaller than the last"), f);
        assertTrue(f.contains("25% of the last hidden layer's activations are saturated"), f);
    }

    @Test
    void theOppositeNumbersGiveTheOppositeSentence() {
        String even = finding(Activation.relu(), 0.5, 0.55, 0.5);
        assertTrue(even.contains("the gradient is about the same in every hidden layer (last/first = 1.10)"), even);
        assertTrue(even.contains("are silent (net <= 0)"), even);
        String growing = finding(Activation.tanh(), 0.3, 0.1, 0);
        assertTrue(growing.contains("receives a gradient 3.0x larger than the last"), growing);
    }
}
