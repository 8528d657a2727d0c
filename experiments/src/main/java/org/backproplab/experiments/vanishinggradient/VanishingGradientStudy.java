package org.backproplab.experiments.vanishinggradient;

import java.util.Map;
import org.backproplab.experiments.study.PaperAndGrid.Both;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.Report;

/**
 * {@code -Dexp=vanishing-gradient}: Nielsen's measurement under his own recipe first ({@link NielsenRecipe}, his
 * published table beside ours), then the project's recipes ({@link VanishingGradient}: sigmoid, tanh and ReLU,
 * each with the standard and the matched initialization, softmax output, centred pixels), in one report.
 */
public final class VanishingGradientStudy {
    static final Report<Both> REPORT = Report.<Both>titled("The vanishing gradient, layer by layer")
            .heading("1. Nielsen's measurement, under his recipe")
            .text(r -> NielsenRecipe.recipe(r.paper("nielsen")))
            .table(null, r -> NielsenRecipe.header(r.paper("nielsen")), r -> NielsenRecipe.table(r.paper("nielsen")))
            .bullets(r -> NielsenRecipe.verdicts(r.paper("nielsen")))
            .figure("nielsen-gradient-by-layer.png", "Gradient per layer at initialization, Nielsen's recipe",
                    r -> NielsenRecipe.figure(r.paper("nielsen")))
            .text(VanishingGradientStudy::differences)
            .heading("2. The project's recipes")
            .section(Both::grid, VanishingGradient.REPORT)
            .csv("nielsen-layers.csv", VanishingGradient.LAYERS_HEADER, r -> VanishingGradient.layers(r.paper("nielsen")));

    public static final PaperAndGrid STUDY = new PaperAndGrid("vanishing-gradient",
            "Nielsen's chapter-5 measurement under his recipe, beside his numbers; then sigmoid, tanh and ReLU with "
                    + "the standard and matched initializations: bias-gradient norm per layer",
            NielsenRecipe.SWEEP, "nielsen", Map.of("seeds", "2"), VanishingGradient.SWEEP, REPORT);

    private VanishingGradientStudy() {
    }

    /**
     * How the project's recipes differ from his, and what that changes, measured in this run: the last/first
     * ratio of a sigmoid network under his recipe and under the project's standard initialization.
     */
    static String differences(Both r) {
        String his = r.paper("nielsen").cells().stream().filter(c -> c.spec().depth() == r.grid().grid().depth())
                .findFirst().map(c -> String.format("%.1fx", VanishingGradientFindings.ratio(c))).orElse(null);
        String ours = r.grid().cells().stream().filter(c -> c.spec().hidden().name().equals("sigmoid")
                && VanishingGradient.initLabel(r.grid().grid(), c.spec()).equals("standard")).findFirst()
                .map(c -> String.format("%.1fx", VanishingGradientFindings.ratio(c))).orElse(null);
        String measured = his == null || ours == null ? "" : String.format(" At %d hidden layers the sigmoid "
                + "network's mean gradient shrinks %s from the last hidden layer to the first under his recipe and "
                + "%s under the project's standard one (the ratio of the mean gradients, as section 2 gives it).",
                r.grid().grid().depth(), his, ours);
        return "The project's recipes below differ from his in three ways, each on purpose: centred pixels (each "
                + "pixel shifted and scaled on the training part), a softmax output layer with cross-entropy, and "
                + "zero biases with U[-1/sqrt(n_in), 1/sqrt(n_in)] weights ('standard') or the initialization "
                + "matched to the activation. Smaller weights and no bias shrink the sigmoid's gradient more per "
                + "layer, so the same network vanishes faster there than in his table." + measured;
    }
}
