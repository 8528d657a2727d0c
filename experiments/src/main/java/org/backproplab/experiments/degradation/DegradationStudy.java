package org.backproplab.experiments.degradation;

import java.util.List;
import java.util.Map;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.PaperAndGrid.Both;
import org.backproplab.experiments.study.Report;

/**
 * {@code -Dexp=degradation}: He et al. (2016)'s degradation and residual connections, Ioffe and Szegedy (2015)'s
 * batch normalization of a sigmoid network, each under a recipe close to the paper's ({@link ResidualRecipe},
 * {@link IoffeRecipe}), then the project's grid of the four networks at depths 10 to 50 ({@link DegradationGrid}).
 */
public final class DegradationStudy {
    static final Report<Both> REPORT = Report.<Both>titled("Degradation with depth, and what removes it")
            .text("Depth is hard to optimize: past some depth a plain network trains worse, not only generalizes "
                    + "worse. Two remedies let very deep networks train: residual (skip) connections and batch "
                    + "normalization. Each is checked below under its paper's recipe, then on the project's grid.")
            .heading("1. He et al. (2016): the degradation problem, and residual learning")
            .text(r -> ResidualRecipe.recipe(r.paper("he")))
            .table(null, ResidualRecipe.header(), r -> ResidualRecipe.table(r.paper("he")))
            .bullets(r -> ResidualRecipe.findings(r.paper("he")))
            .figures(r -> DegradationGrid.curves(r.paper("he")).stream().map(d -> new Drawn("he-" + d.file(),
                    d.caption(), d.figure())).toList())
            .heading("2. Ioffe and Szegedy (2015): batch normalization of a sigmoid network")
            .text(r -> IoffeRecipe.recipe(r.paper("ioffe")))
            .table(null, IoffeRecipe.header(), r -> IoffeRecipe.table(r.paper("ioffe")))
            .bullets(r -> IoffeRecipe.findings(r.paper("ioffe")))
            .figure("ioffe-test-accuracy.png", "Test accuracy over training, with and without batch normalization",
                    r -> IoffeRecipe.curves(r.paper("ioffe")))
            .heading("3. The project's grid: plain, residual, batch-normalized and both, 10 to 50 layers")
            .section(Both::grid, DegradationGrid.REPORT);

    public static final PaperAndGrid STUDY = new PaperAndGrid("degradation",
            "He et al. 2016 (plain vs residual, 18 and 34 layers) and Ioffe & Szegedy 2015 (sigmoid with and "
                    + "without batch normalization) under their recipes; then plain, residual, batch-norm and both "
                    + "at 10-50 layers",
            List.of(new PaperAndGrid.Paper("he", ResidualRecipe.SWEEP, Map.of("seeds", "1", "epochs", "1")),
                    new PaperAndGrid.Paper("ioffe", IoffeRecipe.SWEEP, Map.of("seeds", "1", "epochs", "1"))),
            DegradationGrid.SWEEP, REPORT);

    private DegradationStudy() {
    }
}
