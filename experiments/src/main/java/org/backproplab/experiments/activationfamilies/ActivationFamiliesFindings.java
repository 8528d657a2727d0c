package org.backproplab.experiments.activationfamilies;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;

/**
 * What the activation families' report says: its recipe in words, and for each activation how much of the
 * gradient reaches the first layer, how well it learned, and whether it differs from ReLU by more than seed noise.
 */
final class ActivationFamiliesFindings {
    /** The first hidden layer's over the output layer's {@code |dJ/dW|} after the last epoch. */
    static final Metric GRADIENT_RATIO_AFTER_TRAINING = new Metric("gradient_ratio_after_training",
            r -> r.last().firstLayerGradient() / r.last().lastLayerGradient());

    private ActivationFamiliesFindings() {
    }

    static String recipe(Cells c) {
        Grid grid = c.grid();
        RunSpec any = c.first().spec();
        return String.format("%s of %d units, initialization " + grid.initText()
                + ", learning rate " + grid.learningRateText() + ", softmax cross-entropy, mini-batch "
                + any.optimizer().name() + " (batch %d) for %s "
                + "on %s, %s. "
                + "After every epoch the loss, the test accuracy and the gradient of every layer's weights on the "
                + "whole training set are measured.", Counts.hiddenLayers(any.depth()), any.width(), any.batchSize(),
                Counts.epochs(any.epochs()), c.data().description(), Counts.seeds(c.seeds()));
    }

    /** Per activation: the gradient ratio before and after training, test accuracy, and Welch's test against ReLU. */
    static List<String> findings(Cells c) {
        double chance = 1.0 / c.data().classes();
        Cell relu = c.cells().stream().filter(x -> x.spec().hidden().name().equals(Activation.relu().name()))
                .findFirst().orElse(null);
        List<String> out = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double acc = cell.stat(Metric.TEST_ACCURACY).mean();
            String vsRelu = "";
            if (relu != null && cell != relu) {
                double p = SeedStats.welchP(cell.values(Metric.TEST_ACCURACY), relu.values(Metric.TEST_ACCURACY));
                vsRelu = Double.isNaN(p) ? "" : String.format("; against ReLU's, Welch's t-test p = %.2g (%s)", p,
                        p < 0.05 ? "a real difference" : "not distinguishable from seed noise");
            }
            out.add(String.format("%s: the first hidden layer's gradient is %.1e of the output layer's at "
                    + "initialization and %.1e after training; test accuracy %.3f, 95%% CI %s%s%s.",
                    cell.spec().hidden().name(), cell.stat(Metric.GRADIENT_RATIO_AT_INIT).mean(),
                    cell.stat(GRADIENT_RATIO_AFTER_TRAINING).mean(), acc,
                    cell.accuracyCi95Text(c.data().testX().rows()),
                    acc < chance + 0.02 ? " (chance: it never learned)" : "", vsRelu));
        }
        return out;
    }
}
