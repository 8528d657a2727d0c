package org.backproplab.experiments.exercise;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.reporting.HtmlReport;
import org.backproplab.reporting.PdfReport;

/**
 * {@code -Dexp=exercise}: the write-up of the course's exercise, in one command. It runs the studies that answer
 * the exercise's four items (each into its own folder under {@code results/}, as {@code -Dexp=NAME} would), or with
 * {@code -Dreuse=true} reuses a study's results already there when the parameters its manifest records are those
 * the write-up needs; then it writes {@code results/exercise/REPORT.md}, {@code report.html} (one self-contained
 * file) and {@code report.pdf}, organized by the four items ({@link ExerciseReport}).
 */
public final class Exercise implements Experiment {
    /** The studies, in the order the write-up runs them (cheap first, so that a first look comes soon). */
    public static final List<Source> SOURCES = List.of(
            Source.of("backprop-trace"),
            Source.of("depth-sweep"),
            Source.of("vanishing-gradient"),
            Source.of("init-sweep"),
            Source.of("relu-family"),
            // Where the family does not separate at 6 layers: 20 layers, which the smooth members' slope below 1
            // at 0 cannot cross at initialization (MeanField), in fewer epochs to keep GELU's share of the time.
            new Source("relu-family", "relu-family-deep", Map.of("depths", "20", "epochs", "15"),
                    Map.of("epochs", "2", "seeds", "2")),
            Source.of("depth-budget"),
            Source.of("degradation"));

    /** The settings handed on to every study as they are: where results go and how many threads train them. */
    private static final List<String> HANDED_ON = List.of("results.dir", "threads");

    private final StudyRunner studies;

    public Exercise(StudyRunner studies) {
        this.studies = studies;
    }

    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public String description() {
        return "the exercise's write-up in one command: runs (or with -Dreuse=true reuses) the studies behind its "
                + "four items and writes REPORT.md, report.html and report.pdf";
    }

    /** The quick version writes beside a full write-up, never over it, as its studies do. */
    @Override
    public Map<String, String> quickSettings() {
        return Map.of("out", "exercise-quick");
    }

    @Override
    public Configured configure(Settings settings) {
        boolean reuse = settings.bool("reuse", false);
        boolean quick = settings.bool("quick", false);
        boolean resume = settings.bool("resume", false);
        Map<String, String> where = new TreeMap<>();
        for (String key : HANDED_ON) {
            if (settings.has(key)) {
                where.put(key, settings.string(key, null));
            }
        }
        if (resume) {
            where.put("resume", "true");
        }
        // Every study's settings are checked before any of them runs: a bad -Dthreads fails here, in one line.
        Map<Source, Map<String, String>> planned = new LinkedHashMap<>();
        for (Source s : SOURCES) {
            planned.put(s, studies.parameters(s.study(), new Settings(s.settings(quick, where))));
        }
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                Path root = ctx.output().getParent();
                Map<String, Published> done = new LinkedHashMap<>();
                int i = 0;
                for (Map.Entry<Source, Map<String, String>> e : planned.entrySet()) {
                    Source s = e.getKey();
                    i++;
                    Path folder = root.resolve(s.folder(quick));
                    String why = reuse ? Reuse.check(folder, e.getValue()) : "without -Dreuse=true";
                    if (why == null) {
                        ctx.console().printf("exercise [%d/%d]: reusing results/%s (its recipe matches)%n", i,
                                planned.size(), s.folder(quick));
                        done.put(s.folder(), Published.read(s, folder, true));
                        continue;
                    }
                    ctx.console().printf("exercise [%d/%d]: running %s into results/%s (%s)%n", i, planned.size(),
                            s.study(), s.folder(quick), why);
                    int code;
                    try (java.io.PrintStream console = StudyConsole.over(ctx.console(), ctx.file("studies.log"))) {
                        code = studies.run(s.study(), new Settings(s.settings(quick, where)), console);
                    }
                    if (code != 0) {
                        String line = "study " + s.study() + " (results/" + s.folder(quick) + ") failed, as the "
                                + "line above says; the studies before it are published and -Dreuse=true continues "
                                + "from them";
                        // Its exit code is the study's: 2 for an input of the user's, 1 for a failure of its own.
                        throw code == 2 ? new UserInputException(line) : new IllegalStateException(line);
                    }
                    done.put(s.folder(), Published.read(s, folder, false));
                }
                ExerciseResults results = new ExerciseResults(done, quick);
                ExerciseReport.REPORT.write(ctx, results);
                for (String page : BackpropAnswer.PAGES) {
                    Path from = results.study(BackpropAnswer.TRACE).file(page);
                    if (java.nio.file.Files.isRegularFile(from)) {
                        java.nio.file.Files.copy(from, ctx.file(page));
                    }
                }
                HtmlReport.write(ctx.file("REPORT.md"), ctx.file("report.html"));
                PdfReport.write(ctx.file("report.html"), ctx.file("report.pdf"));
                ctx.console().println("exercise: the write-up is " + ctx.file("REPORT.md").getFileName()
                        + ", report.html and report.pdf");
            }

            @Override
            public Map<String, String> recipe() {
                Map<String, String> r = new LinkedHashMap<>();
                planned.forEach((s, p) -> r.put(s.folder(quick) + ".parameters.sha256", Reuse.digest(p)));
                return r;
            }
        };
    }
}
