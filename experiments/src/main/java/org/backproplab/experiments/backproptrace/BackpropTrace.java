package org.backproplab.experiments.backproptrace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.backproptrace.SigmoidExample.State;
import org.backproplab.experiments.backproptrace.XorExample.Update;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=backprop-trace}: both seeds' worked examples, step by step on the engine, every figure the seeds
 * print checked against its own formula.
 */
public final class BackpropTrace implements Experiment {

    @Override
    public String name() {
        return "backprop-trace";
    }

    @Override
    public String description() {
        return "the seeds' worked examples step by step (2-2-2 sigmoid, XOR 2-3-1), every printed figure checked";
    }

    @Override
    public Configured configure(Settings settings) {
        return this::run;
    }

    private void run(RunContext ctx) throws IOException {
        SigmoidWalkthrough sigmoid = SigmoidWalkthrough.run();
        XorWalkthrough xor = XorWalkthrough.run();
        List<String> text = new ArrayList<>();
        text.add("== 1. The 2-2-2 sigmoid network (seeds/000_a7fa32dd237eadff.txt) ==");
        text.addAll(sigmoid.lines());
        text.add("");
        text.add("Figures the seed prints, against the exact value of its own formula:");
        text.addAll(figureLines(sigmoid.figures()));
        text.add("  Also: the hidden-layer slide writes net_h1 = w1*i1 + w3*i2 + b1; w3 feeds h2, and the forward");
        text.add("  pass (which gives 0.3775) uses w2. The table's \"After 2nd backprop\" row is the error after");
        text.add("  the first update.");
        text.add("");
        text.add("== 2. XOR, 2-3-1 identity network, one step (seeds/004_e7081218ef15327e.txt) ==");
        text.addAll(xor.lines());
        text.add("");
        text.add("Figures the seed prints, against the exact value of its own formula:");
        text.addAll(figureLines(xor.figures()));
        text.add("What else the seed gets wrong:");
        for (String note : XorWalkthrough.notes()) {
            text.add("  - " + note);
        }

        PrintStream out = ctx.console();
        text.forEach(out::println);
        Files.write(ctx.file("trace.txt"), text, StandardCharsets.UTF_8);
        writeTraceCsv(ctx, sigmoid.states());
        writeXorCsv(ctx, xor.result());
        writeFiguresCsv(ctx, sigmoid.figures(), xor.figures());
        writeCharts(ctx, sigmoid);
        TraceReport.write(ctx, sigmoid, xor);
    }

    static List<String> figureLines(List<SeedFigure> figures) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  %-30s %-16s %-20s %-11s %s", "figure", "seed prints", "exact", "difference",
                "verdict"));
        for (SeedFigure f : figures) {
            lines.add(String.format("  %-30s %-16s %-20.12g %-11.2e %s", f.name(), f.printed(), f.exact(), f.error(),
                    f.verdict()));
            if (f.verdict() == SeedFigure.Verdict.WRONG) {
                lines.add("      wrong: " + f.why());
            }
        }
        return lines;
    }

    private static void writeTraceCsv(RunContext ctx, List<State> states) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("trace.csv"), "step", "total_error", "out_o1", "out_o2",
                "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2")) {
            for (State s : states) {
                double[] w = s.w();
                csv.row(s.step(), s.totalError(), s.outO1(), s.outO2(), w[0], w[1], w[2], w[3], w[4], w[5], w[6],
                        w[7], s.b1(), s.b2());
            }
        }
    }

    private static void writeXorCsv(RunContext ctx, XorExample.Result r) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("xor-trace.csv"), "convention", "param", "before", "gradient",
                "after")) {
            for (List<Update> updates : List.of(r.seed(), r.gradientDescent())) {
                for (Update u : updates) {
                    // + 0.0 turns the -0.0 of "0 * delta" with delta < 0 into 0.0, which is what a reader expects.
                    csv.row(u.convention(), u.param(), u.before(), u.gradient() + 0.0, u.after());
                }
            }
            csv.row("seed", "loss", r.lossBefore(), "", r.lossAfterSeed());
            csv.row("gradient-descent", "loss", r.lossBefore(), "", r.lossAfterGradientDescent());
        }
    }

    private static void writeFiguresCsv(RunContext ctx, List<SeedFigure> sigmoid, List<SeedFigure> xor)
            throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("seed-figures.csv"), "seed", "figure", "formula", "printed",
                "exact", "difference", "verdict", "why")) {
            for (SeedFigure f : sigmoid) {
                csv.row("000_a7fa32dd237eadff", f.name(), f.formula(), f.printed(), f.exact(), f.error(),
                        f.verdict(), f.why());
            }
            for (SeedFigure f : xor) {
                csv.row("004_e7081218ef15327e", f.name(), f.formula(), f.printed(), f.exact(), f.error(),
                        f.verdict(), f.why());
            }
        }
    }

    /** The E_total values the seed prints, at the update each belongs to, as crosses over the exact line. */
    static Series seedErrors(List<SeedFigure> figures) {
        List<SeedFigure> errors = figures.stream().filter(f -> f.name().startsWith("E_total")).toList();
        double[] x = new double[errors.size()];
        double[] y = new double[errors.size()];
        for (int i = 0; i < x.length; i++) {
            String name = errors.get(i).name();
            x[i] = name.contains("10,000") ? 10_000 : name.contains("after 1 update") ? 1 : 0;
            y[i] = Double.parseDouble(errors.get(i).printed());
        }
        return Series.crosses("the seed's printed E_total", x, y);
    }

    private static void writeCharts(RunContext ctx, SigmoidWalkthrough sigmoid) throws IOException {
        List<State> states = sigmoid.states();
        int n = states.size();
        double[] step = new double[n];
        double[] error = new double[n];
        double[][] w = new double[8][n];
        for (int i = 0; i < n; i++) {
            step[i] = states.get(i).step();
            error[i] = states.get(i).totalError();
            for (int k = 0; k < 8; k++) {
                w[k][i] = states.get(i).w()[k];
            }
        }
        new LineChart("2-2-2 sigmoid example: E_total over 10,000 updates (x: the seed's printed figures)",
                "update", "E_total (log scale)",
                // The seed's w5..w8-first variant stays within 0.1% of this line and would hide under it;
                // its numbers are in the report and trace.txt instead.
                List.of(new Series("gradient descent (engine)", step, error, null), seedErrors(sigmoid.figures())),
                Scale.LOG, false).writePng(ctx.file("error-vs-step.png"), 900, 560);
        List<Series> weights = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            weights.add(new Series("w" + (k + 1), step, w[k], null));
        }
        // The seed prints every weight after the first update (w1+ .. w8+): crossed at update 1, where they sit
        // on the lines' starts.
        List<SeedFigure> printed = sigmoid.figures().stream().filter(f -> f.name().matches("w[1-8]\\+")).toList();
        weights.add(Series.crosses("the seed's w1+..w8+ (after update 1)",
                printed.stream().mapToDouble(f -> 1.0).toArray(),
                printed.stream().mapToDouble(f -> Double.parseDouble(f.printed())).toArray()));
        new LineChart("2-2-2 sigmoid example: the weights during training (x: the seed's printed weights)", "update",
                "weight", weights,
                Scale.LINEAR, false).writePng(ctx.file("weights-vs-step.png"), 900, 560);
    }
}
