package org.backproplab.experiments.vanishinggradient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.recipe.DataRecipe;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.study.Tables;

/**
 * {@code -Dexp=vanishing-gradient}: Nielsen's measurement under his own recipe first ({@link NielsenRecipe}, his
 * published table beside ours), then the project's recipes ({@link VanishingGradient}: sigmoid, tanh and ReLU,
 * each with the standard and the matched initialization, softmax output, centred pixels), in one report. Two
 * sweeps on two data sets: the {@code -D} axes set the project's; Nielsen's takes only {@code -Dnielsen.seeds}.
 */
public final class VanishingGradientStudy implements Experiment {
    /** What the report is written from: each recipe's runs, grouped. */
    record Recipes(Cells nielsen, Cells project) {
    }

    static final Report<Recipes> REPORT = Report.<Recipes>titled("The vanishing gradient, layer by layer")
            .heading("1. Nielsen's measurement, under his recipe")
            .text(r -> NielsenRecipe.recipe(r.nielsen()))
            .table(null, r -> NielsenRecipe.header(r.nielsen()), r -> NielsenRecipe.table(r.nielsen()))
            .bullets(r -> NielsenRecipe.verdicts(r.nielsen()))
            .figure("nielsen-gradient-by-layer.png", "Gradient per layer at initialization, Nielsen's recipe",
                    r -> NielsenRecipe.figure(r.nielsen()))
            .text(VanishingGradientStudy::differences)
            .heading("2. The project's recipes")
            .section(Recipes::project, VanishingGradient.REPORT)
            .csv("nielsen-layers.csv", VanishingGradient.LAYERS_HEADER, r -> VanishingGradient.layers(r.nielsen()));

    @Override
    public String name() {
        return "vanishing-gradient";
    }

    @Override
    public String description() {
        return "Nielsen's chapter-5 measurement under his recipe, beside his numbers; then sigmoid, tanh and ReLU "
                + "with the standard and matched initializations: bias-gradient norm per layer";
    }

    @Override
    public Map<String, String> quickSettings() {
        Map<String, String> quick = new LinkedHashMap<>(VanishingGradient.SWEEP.quickSettings());
        quick.put("nielsen.seeds", "2");
        return quick;
    }

    @Override
    public Configured configure(Settings settings) {
        Sweep.Prepared project = VanishingGradient.SWEEP.prepare(settings);
        Sweep.Prepared nielsen = NielsenRecipe.SWEEP.prepare(new Settings(Map.of("seeds",
                Integer.toString(settings.integer("nielsen.seeds", 10, 2, 100)))));
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                Cells n = nielsen.train(ctx);
                Cells p = project.train(ctx);
                Tables.writeRuns(ctx.file(Tables.RUNS), p);
                Tables.writeSummary(ctx.file(Tables.SUMMARY), p, List.of());
                REPORT.write(ctx, new Recipes(n, p));
            }

            @Override
            public Map<String, String> recipe() {
                return Map.of("data.sha256", project.data().fingerprint(), "nielsen.data.sha256",
                        nielsen.data().fingerprint());
            }

            @Override
            public Map<String, String> resolved() {
                return Sweep.resolvedSettings(project.grid());
            }

            @Override
            public List<RunSpec> runs() {
                List<RunSpec> all = new ArrayList<>(nielsen.grid().runs());
                all.addAll(project.grid().runs());
                return all;
            }

            @Override
            public DataRecipe data() {
                return project.dataRecipe();
            }
        };
    }

    /**
     * How the project's recipes differ from his, and what that changes, measured in this run: the last/first
     * ratio of a sigmoid network under his recipe and under the project's standard initialization.
     */
    static String differences(Recipes r) {
        String his = r.nielsen().cells().stream().filter(c -> c.spec().depth() == r.project().grid().depth())
                .findFirst().map(c -> String.format("%.1fx", VanishingGradientFindings.ratio(c))).orElse(null);
        String ours = r.project().cells().stream().filter(c -> c.spec().hidden().name().equals("sigmoid")
                && VanishingGradient.initLabel(r.project().grid(), c.spec()).equals("standard")).findFirst()
                .map(c -> String.format("%.1fx", VanishingGradientFindings.ratio(c))).orElse(null);
        String measured = his == null || ours == null ? "" : String.format(" At %d hidden layers the sigmoid "
                + "network's mean gradient shrinks %s from the last hidden layer to the first under his recipe and "
                + "%s under the project's standard one (the ratio of the mean gradients, as section 2 gives it).",
                r.project().grid().depth(), his, ours);
        return "The project's recipes below differ from his in three ways, each on purpose: centred pixels (each "
                + "pixel shifted and scaled on the training part), a softmax output layer with cross-entropy, and "
                + "zero biases with U[-1/sqrt(n_in), 1/sqrt(n_in)] weights ('standard') or the initialization "
                + "matched to the activation. Smaller weights and no bias shrink the sigmoid's gradient more per "
                + "layer, so the same network vanishes faster there than in his table." + measured;
    }
}
