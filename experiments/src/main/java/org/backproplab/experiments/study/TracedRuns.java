package org.backproplab.experiments.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.RunStore;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.StepTrace;
import org.backproplab.experiments.training.StepTraceProbe;
import org.backproplab.reporting.StepThroughPage;

/**
 * {@code -Dtrace=true} on a sweep: every run traced step by step ({@link StepTraceProbe}), one step-through page
 * and its CSV per run under {@code trace/}, named by the run's key, and a list of them in the report. Only small
 * networks: a grid with a run of more than {@link StepTrace#MAX_PARAMETERS} weights and biases is refused before
 * training.
 */
public final class TracedRuns {
    public static final String SETTING = "trace";
    public static final String FOLDER = "trace";
    public static final StepTraceProbe PROBE = new StepTraceProbe();

    private TracedRuns() {
    }

    /** Refuses, in one line, a grid whose largest network is too big to trace. */
    public static void check(Grid grid, TrainingData data) {
        for (RunSpec spec : grid.runs(data)) {
            int count = spec.network(data.inputs(), data.trainY().cols()).parameterCount();
            if (count > StepTrace.MAX_PARAMETERS) {
                throw new UserInputException(String.format(Locale.ROOT, "-D%s=true traces networks of at most %d "
                        + "weights and biases; run '%s' has %d (width %d, depth %d, %d inputs, %d outputs): give a "
                        + "smaller -Dwidth or -Ddepths, or leave -D%s out", SETTING, StepTrace.MAX_PARAMETERS,
                        spec.label(grid.varying()).replaceAll("\\s+", " ").trim(), count, spec.width(), spec.depth(),
                        data.inputs(), data.trainY().cols(), SETTING));
            }
        }
    }

    /** The file name of {@code spec}'s page, without the extension. */
    public static String file(RunSpec spec) {
        return FOLDER + "/" + RunStore.key(spec);
    }

    /** Writes every run's page and CSV, and lists them in the report (before its recipe). */
    public static void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results)
            throws IOException {
        List<String> links = new ArrayList<>();
        for (RunResult run : results) {
            String name = file(run.spec());
            String label = run.spec().label(grid.varying()).replaceAll("\\s+", " ").trim();
            StepThroughPage.write(PROBE.page(run, data, "Step through " + label + " on " + data.description()),
                    ctx.file(name + ".html"), ctx.file(name + ".csv"));
            links.add("- [" + label + "](" + name + ".html) (numbers: [" + name.substring(FOLDER.length() + 1)
                    + ".csv](" + name + ".csv))");
        }
        List<String> section = new ArrayList<>();
        section.add("## Step-through pages");
        section.add("");
        section.add("Every run traced step by step (-D" + SETTING + "=true): one self-contained page each, with a "
                + "slider over the recorded steps (every step of the first " + StepTrace.EVERY_STEP
                + ", then thinning by " + StepTrace.THINNING + ", and the last), the network's forward, backward "
                + "and update views, the loss with the step marked, " + (data.inputs() == 2 ? "the decision "
                + "boundary on " + StepTrace.RESOLUTION + " x " + StepTrace.RESOLUTION + " cells, " : "")
                + "and every value of the step; its CSV holds the same numbers (step, quantity, layer, i, j, "
                + "value).");
        section.add("");
        section.addAll(links);
        section.add("");
        Path report = ctx.file("REPORT.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(report, StandardCharsets.UTF_8));
        int recipe = lines.indexOf("## Recipe");
        lines.addAll(recipe < 0 ? lines.size() : recipe, section);
        Files.write(report, lines, StandardCharsets.UTF_8);
    }

}
