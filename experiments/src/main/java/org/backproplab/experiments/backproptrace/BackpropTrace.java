package org.backproplab.experiments.backproptrace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.reporting.StepThroughPage;

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
        StepThroughPage.write(StepThroughs.sigmoid(), ctx.file(TraceReport.SIGMOID_PAGE),
                ctx.file("trace-steps.csv"));
        StepThroughPage.write(StepThroughs.xor(), ctx.file(TraceReport.XOR_PAGE), ctx.file("xor-trace-steps.csv"));
        TraceReport.REPORT.write(ctx, new TraceReport.Walkthroughs(sigmoid, xor));
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
}
