package org.backproplab.experiments.initsweep;

import java.util.Map;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.PaperAndGrid.Both;
import org.backproplab.experiments.study.Report;

/**
 * {@code -Dexp=init-sweep}: He et al. (2015)'s result under a recipe close to theirs first ({@link HeRecipe}),
 * then the project's grid of initialization x depth for sigmoid, tanh, ReLU and SELU ({@link InitSweep}).
 */
public final class InitSweepStudy {
    static final Report<Both> REPORT = Report.<Both>titled("Initialization x depth")
            .heading("1. He et al. (2015): deep ReLU networks need their initialization")
            .text(r -> HeRecipe.recipe(r.paper()))
            .table(null, HeRecipe.header(), r -> HeRecipe.table(r.paper()))
            .bullets(r -> HeRecipe.findings(r.paper()))
            .figure("he-spread-at-init.png", "Spread of each layer's outputs at initialization",
                    r -> HeRecipe.spread(r.paper()))
            .figure("he-training-loss.png", "Training loss, Xavier's initialization against He's",
                    r -> HeRecipe.training(r.paper()))
            .text(InitSweepStudy::differences)
            .heading("2. The project's grid: every initialization for four activations")
            .section(Both::grid, InitSweep.REPORT);

    public static final PaperAndGrid STUDY = new PaperAndGrid("init-sweep",
            "He et al. 2015 under a recipe close to theirs (ReLU, Xavier vs He, 20 and 30 layers); then "
                    + "initialization x depth 5-20 for sigmoid, tanh, ReLU, SELU",
            HeRecipe.SWEEP, "he", Map.of("seeds", "1", "epochs", "2"), InitSweep.SWEEP, REPORT);

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
        Cell paper = r.paper().cells().stream().filter(c -> c.spec().initializer().name().equals("he")
                && grid != null && c.spec().depth() == grid.spec().depth()).findFirst().orElse(null);
        String measured = grid == null || paper == null ? "" : String.format(" At %d hidden layers ReLU with He's "
                + "initialization reaches test accuracy %s there and %s here: the difference is the settings, not "
                + "the initialization.", grid.spec().depth(), grid.meanText(Metric.TEST_ACCURACY, "%.3f"),
                paper.meanText(Metric.TEST_ACCURACY, "%.3f"));
        return "The grid below keeps the project's defaults for every activation (narrower layers, fewer epochs and "
                + "each activation's own, larger learning rate), so that it stays a few seconds per cell; its "
                + "verdicts at its greatest depth are about those settings." + measured;
    }
}
