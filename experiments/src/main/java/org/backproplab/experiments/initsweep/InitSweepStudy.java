package org.backproplab.experiments.initsweep;

import java.util.List;
import java.util.Map;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.PaperAndGrid.Both;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.reporting.Scale;

/**
 * {@code -Dexp=init-sweep}: He et al. (2015)'s result under a recipe close to theirs first ({@link HeRecipe}),
 * SELU's self-normalization through 30 layers ({@link SeluRecipe}), then the project's grid of initialization x depth for sigmoid, tanh, ReLU and SELU ({@link InitSweep}).
 */
public final class InitSweepStudy {
    static final Report<Both> REPORT = Report.<Both>titled("Initialization x depth")
            .heading("1. He et al. (2015): deep ReLU networks need their initialization")
            .text(r -> HeRecipe.recipe(r.paper("he")))
            .table(null, HeRecipe.header(), r -> HeRecipe.table(r.paper("he")))
            .bullets(r -> HeRecipe.findings(r.paper("he")))
            .figure("he-spread-at-init.png", "Spread of each layer's outputs at initialization",
                    r -> HeRecipe.spread(r.paper("he")))
            .figure("he-training-loss.png", "Training loss, Xavier's initialization against He's",
                    r -> HeRecipe.training(r.paper("he")))
            .heading("2. Klambauer et al. (2017): SELU keeps mean 0 and variance 1 through the layers")
            .text(r -> SeluRecipe.recipe(r.paper("selu")))
            .figure("selu-mean-by-layer.png", "Mean of each layer's outputs at initialization", r -> SeluRecipe
                    .byLayer(r.paper("selu"), ProbeSetLayers.MEAN, 0, "Mean of each hidden layer's outputs at "
                            + "initialization, 30 layers", "mean of the layer's outputs", Scale.LINEAR))
            .figure("selu-sd-by-layer.png", "Spread of each layer's outputs at initialization", r -> SeluRecipe
                    .byLayer(r.paper("selu"), ProbeSetLayers.SD, 0, "Spread of each hidden layer's outputs at "
                            + "initialization, 30 layers", "sd of the layer's outputs (log scale)", Scale.LOG))
            .bullets(r -> SeluRecipe.findings(r.paper("selu")))
            .text(InitSweepStudy::differences)
            .heading("3. The project's grid: every initialization for four activations")
            .section(Both::grid, InitSweep.REPORT);

    public static final PaperAndGrid STUDY = new PaperAndGrid("init-sweep",
            "He et al. 2015 under a recipe close to theirs (ReLU, Xavier vs He, 20 and 30 layers), SELU's "
                    + "self-normalization through 30 layers; then initialization x depth 5-20 for four activations",
            List.of(new PaperAndGrid.Paper("he", HeRecipe.SWEEP, Map.of("seeds", "1", "epochs", "2")),
                    new PaperAndGrid.Paper("selu", SeluRecipe.SWEEP, Map.of("epochs", "1"))),
            InitSweep.SWEEP, REPORT);

    private InitSweepStudy() {
    }

    /**
     * Why the grid's verdicts at depth 20 are about its settings: ReLU with He's initialization there, against the
     * same initialization at the same depth under section 1's recipe.
     */
    static String differences(Both r) {
        Cell grid = r.grid().cells().stream().filter(c -> c.spec().hidden().name().equals("relu")
                && c.spec().initializer().name().equals("he") && c.spec().depth() == r.grid().grid().maxDepth())
                .findFirst().orElse(null);
        Cell paper = r.paper("he").cells().stream().filter(c -> c.spec().initializer().name().equals("he")
                && grid != null && c.spec().depth() == grid.spec().depth()).findFirst().orElse(null);
        String measured = grid == null || paper == null ? "" : String.format(" At %d hidden layers ReLU with He's "
                + "initialization reaches test accuracy %s in the grid and %s in section 1: the difference is the "
                + "settings, not the initialization.", grid.spec().depth(), grid.meanText(Metric.TEST_ACCURACY, "%.3f"),
                paper.meanText(Metric.TEST_ACCURACY, "%.3f"));
        return "The grid below keeps the project's defaults for every activation (narrower layers, fewer epochs and "
                + "each activation's own, larger learning rate), so that it stays a few seconds per cell; its "
                + "verdicts at its greatest depth are about those settings." + measured;
    }
}
