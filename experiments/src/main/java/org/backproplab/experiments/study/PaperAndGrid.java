package org.backproplab.experiments.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.recipe.DataRecipe;

/**
 * A study that checks a paper's result under the paper's own recipe, then shows the project's grid of the same
 * question: two sweeps (each with its own data, loss and defaults), one report. The {@code -D} axes set the grid;
 * the paper's recipe is fixed but for {@code -DPREFIX.seeds} and {@code -DPREFIX.epochs}, so that a user's grid
 * never changes what is compared with the paper's numbers. The paper's runs are written to {@code PREFIX-runs.csv}
 * and {@code PREFIX-summary.csv} beside the grid's runs.csv and summary.csv.
 *
 * @param prefix the paper's short name in settings and file names ({@code nielsen}, {@code he})
 * @param quick  the paper sweep's seeds and epochs in the quick version
 */
public record PaperAndGrid(String name, String description, Sweep paper, String prefix, Map<String, String> quick,
        Sweep grid, Report<Both> report) implements Experiment {

    /** What the report is written from: the paper's runs and the grid's, each grouped into cells. */
    public record Both(Cells paper, Cells grid) {
    }

    public PaperAndGrid {
        quick = Map.copyOf(quick);
    }

    @Override
    public Map<String, String> quickSettings() {
        Map<String, String> q = new LinkedHashMap<>(grid.quickSettings());
        quick.forEach((k, v) -> q.put(prefix + "." + k, v));
        return q;
    }

    @Override
    public Configured configure(Settings settings) {
        Sweep.Prepared onGrid = grid.prepare(settings);
        Map<String, String> own = new LinkedHashMap<>();
        for (String key : List.of("seeds", "epochs")) {
            String value = settings.string(prefix + "." + key, null);
            if (value != null) {
                own.put(key, value);
            }
        }
        Sweep.Prepared onPaper;
        try {
            onPaper = paper.prepare(new Settings(own));
        } catch (org.backproplab.experiments.cli.UserInputException e) {
            // The paper's sweep names its own settings; the user typed them with the prefix.
            throw new org.backproplab.experiments.cli.UserInputException(e.getMessage().replaceFirst("^-D",
                    "-D" + prefix + "."));
        }
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                Cells p = onPaper.train(ctx);
                Cells g = onGrid.train(ctx);
                Tables.writeRuns(ctx.file(prefix + "-" + Tables.RUNS), p);
                Tables.writeSummary(ctx.file(prefix + "-" + Tables.SUMMARY), p, List.of());
                Tables.writeRuns(ctx.file(Tables.RUNS), g);
                Tables.writeSummary(ctx.file(Tables.SUMMARY), g, List.of());
                report.write(ctx, new Both(p, g));
            }

            @Override
            public Map<String, String> recipe() {
                return Map.of("data.sha256", onGrid.data().fingerprint(), prefix + ".data.sha256",
                        onPaper.data().fingerprint());
            }

            @Override
            public Map<String, String> resolved() {
                Map<String, String> r = new LinkedHashMap<>(Sweep.resolvedSettings(onGrid.grid()));
                Sweep.resolvedSettings(onPaper.grid()).forEach((k, v) -> r.put(prefix + "." + k, v));
                return r;
            }

            @Override
            public List<RunSpec> runs() {
                List<RunSpec> all = new ArrayList<>(onPaper.grid().runs());
                all.addAll(onGrid.grid().runs());
                return all;
            }

            @Override
            public DataRecipe data() {
                return onGrid.dataRecipe();
            }
        };
    }
}
