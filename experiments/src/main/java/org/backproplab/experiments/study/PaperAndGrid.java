package org.backproplab.experiments.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.recipe.DataRecipe;

/**
 * A study that checks papers' results under each paper's own recipe, then shows the project's grid of the same
 * question: one sweep per paper and the grid's (each with its own data, loss and defaults), one report. The
 * {@code -D} axes set the grid; a paper's recipe is fixed but for {@code -DPREFIX.seeds} and
 * {@code -DPREFIX.epochs}, so that a user's grid never changes what is compared with the paper's numbers. A
 * paper's runs are written to {@code PREFIX-runs.csv} and {@code PREFIX-summary.csv} beside the grid's runs.csv
 * and summary.csv.
 */
public record PaperAndGrid(String name, String description, List<Paper> papers, Sweep grid, Report<Both> report)
        implements Experiment {

    /**
     * One paper's recipe as a sweep.
     *
     * @param prefix the paper's short name in settings and file names ({@code nielsen}, {@code he})
     * @param quick  its seeds and epochs in the quick version
     */
    public record Paper(String prefix, Sweep sweep, Map<String, String> quick) {
        public Paper {
            quick = Map.copyOf(quick);
        }
    }

    /** What the report is written from: each paper's runs, by prefix, and the grid's, each grouped into cells. */
    public record Both(Map<String, Cells> papers, Cells grid) {
        public Both {
            papers = Map.copyOf(papers);
        }

        /** The runs of the paper called {@code prefix}. */
        public Cells paper(String prefix) {
            return papers.get(prefix);
        }
    }

    /** One paper, then the grid. */
    public PaperAndGrid(String name, String description, Sweep paper, String prefix, Map<String, String> quick,
            Sweep grid, Report<Both> report) {
        this(name, description, List.of(new Paper(prefix, paper, quick)), grid, report);
    }

    public PaperAndGrid {
        papers = List.copyOf(papers);
    }

    @Override
    public Map<String, String> quickSettings() {
        Map<String, String> q = new LinkedHashMap<>(grid.quickSettings());
        for (Paper p : papers) {
            p.quick().forEach((k, v) -> q.put(p.prefix() + "." + k, v));
        }
        return q;
    }

    @Override
    public Configured configure(Settings settings) {
        Sweep.Prepared onGrid = grid.prepare(settings);
        Map<String, Sweep.Prepared> onPapers = new LinkedHashMap<>();
        for (Paper p : papers) {
            onPapers.put(p.prefix(), prepare(p, settings));
        }
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                Map<String, Cells> done = new LinkedHashMap<>();
                for (Map.Entry<String, Sweep.Prepared> e : onPapers.entrySet()) {
                    Cells p = e.getValue().train(ctx);
                    Tables.writeRuns(ctx.file(e.getKey() + "-" + Tables.RUNS), p);
                    Tables.writeSummary(ctx.file(e.getKey() + "-" + Tables.SUMMARY), p, List.of());
                    done.put(e.getKey(), p);
                }
                Cells g = onGrid.train(ctx);
                Tables.writeRuns(ctx.file(Tables.RUNS), g);
                Tables.writeSummary(ctx.file(Tables.SUMMARY), g, List.of());
                report.write(ctx, new Both(done, g));
            }

            @Override
            public Map<String, String> recipe() {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("data.sha256", onGrid.data().fingerprint());
                onPapers.forEach((prefix, p) -> r.put(prefix + ".data.sha256", p.data().fingerprint()));
                return r;
            }

            @Override
            public Map<String, String> resolved() {
                Map<String, String> r = new LinkedHashMap<>(Sweep.resolvedSettings(onGrid.grid()));
                onPapers.forEach((prefix, p) -> Sweep.resolvedSettings(p.grid())
                        .forEach((k, v) -> r.put(prefix + "." + k, v)));
                return r;
            }

            @Override
            public List<RunSpec> runs() {
                List<RunSpec> all = new ArrayList<>();
                onPapers.values().forEach(p -> all.addAll(p.grid().runs(p.data())));
                all.addAll(onGrid.grid().runs(onGrid.data()));
                return all;
            }

            @Override
            public DataRecipe data() {
                return onGrid.dataRecipe();
            }
        };
    }

    /** {@code paper}'s sweep with only the user's {@code -DPREFIX.seeds} and {@code -DPREFIX.epochs} over it. */
    private static Sweep.Prepared prepare(Paper paper, Settings settings) {
        Map<String, String> own = new LinkedHashMap<>();
        for (String key : List.of("seeds", "epochs")) {
            String value = settings.string(paper.prefix() + "." + key, null);
            if (value != null) {
                own.put(key, value);
            }
        }
        try {
            return paper.sweep().prepare(new Settings(own));
        } catch (UserInputException e) {
            // The paper's sweep names its own settings; the user typed them with the prefix.
            throw new UserInputException(e.getMessage().replaceFirst("^-D", "-D" + paper.prefix() + "."));
        }
    }
}
