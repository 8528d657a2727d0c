package org.backproplab.experiments.xor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.study.RunContext;
import org.backproplab.experiments.xor.XorLearning.XorResult;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.DecisionBoundary;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MarkdownReport;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** xor's summary.csv, loss curves and report, whose findings are computed from the runs. */
final class XorOutputs {
    private XorOutputs() {
    }

    /**
     * The decision boundary of the network {@code run} trains (retrained: training is seeded, so it is the same
     * network), over [-0.5, 1.5]^2 with the four rows of the truth table on top.
     */
    static DecisionBoundary boundary(XorLearning.XorRun run) {
        XorLearning.Fitted fitted = XorLearning.fit(run);
        double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] labels = {0, 1, 1, 0};
        return new DecisionBoundary("XOR, " + run.hidden().name() + " hidden units, seed " + run.seed() + ": "
                + (fitted.result().solved() ? "learned" : "not learned"), "x1", "x2", List.of("XOR = 0", "XOR = 1"),
                new double[] {-0.5, 1.5}, new double[] {-0.5, 1.5}, 200, fitted::probabilities, points, labels);
    }

    static void write(RunContext ctx, List<XorResult> results) throws IOException {
        try (CsvWriter csv = CsvWriter.create(ctx.file("summary.csv"), "activation", "init", "seed", "solved",
                "epoch_solved", "final_loss", "out_00", "out_01", "out_10", "out_11")) {
            for (XorResult r : results) {
                double[] o = r.outputs();
                csv.row(r.run().hidden().name(), r.run().initName(), r.run().seed(), r.solved(),
                        r.solved() ? r.solvedAt() : "", r.loss()[r.loss().length - 1], o[0], o[1], o[2], o[3]);
            }
        }
        Map<String, List<XorResult>> random = new LinkedHashMap<>();
        Map<String, XorResult> seedStart = new LinkedHashMap<>();
        for (XorResult r : results) {
            if (r.run().seed() == 0) {
                seedStart.put(r.run().hidden().name(), r);
            } else {
                random.computeIfAbsent(r.run().hidden().name(), k -> new ArrayList<>()).add(r);
            }
        }
        int epochs = results.get(0).run().epochs();
        double[] axis = new double[epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            axis[e] = e;
        }
        List<Series> curves = new ArrayList<>();
        List<String> learned = new ArrayList<>();
        for (Map.Entry<String, List<XorResult>> e : random.entrySet()) {
            // The median, not the mean: a few starts that never learn would otherwise hide all those that do.
            double[] median = new double[epochs + 1];
            for (int i = 0; i <= epochs; i++) {
                final int epoch = i;
                double[] v = e.getValue().stream().mapToDouble(r -> r.loss()[epoch]).sorted().toArray();
                median[i] = v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
            }
            long solved = e.getValue().stream().filter(XorResult::solved).count();
            // The name alone, so that each activation keeps its colour; the counts go in the title.
            curves.add(Series.of(e.getKey(), axis, median));
            learned.add(e.getKey() + " " + solved + "/" + e.getValue().size());
        }
        XorLearning.XorRun any = results.get(0).run();
        String shape = "2-" + String.join("-", java.util.Collections.nCopies(any.depth(),
                Integer.toString(any.width()))) + "-1";
        boolean seeds = any.width() == 3 && any.depth() == 1;
        new LineChart("XOR " + shape + ", median of the random starts (learned: " + String.join(", ", learned) + ")",
                "epoch (one step on all 4 "
                + "rows)", "J = mean of 1/2 (y_hat - y)^2 (log scale)", curves, Scale.LOG, true)
                .writePng(ctx.file("loss-curves.png"), 900, 560);

        for (List<XorResult> runs : random.values()) {
            boundary(runs.get(0).run()).writePng(ctx.file("boundary-" + runs.get(0).run().hidden().name() + ".png"),
                    700, 620);
        }

        MarkdownReport r = new MarkdownReport("XOR with " + (seeds ? "the seed's 2-3-1 network" : "a " + shape
                + " network"));
        r.paragraph(String.format((seeds ? "The network of 004_e7081218ef15327e.txt (2 inputs, 3 hidden units, 1 "
                + "identity output," : "The seed's XOR network widened to " + shape + " (identity output,")
                + " J = mean over the four rows of 1/2 (y_hat - y)^2, learning rate %s) trained by batch "
                + "gradient descent on the whole truth table for %d epochs, for each kind of hidden unit; from "
                + "the seed's own start (every weight 1) and from %d random starts ("
                + random.values().iterator().next().get(0).run().initName() + "). Learned means all four "
                + "outputs within %.1f of their targets.", results.get(0).run().learningRate(), epochs,
                random.values().iterator().next().size(), XorLearning.SOLVED));
        r.heading("What it shows");
        r.bullets(findings(random, seedStart));
        r.image("Loss during training", "loss-curves.png");
        r.paragraph("What the first random start of each kind of unit learned, over the plane around the four "
                + "inputs (tint: the class the network predicts, paler where its output is near 0.5):");
        for (String a : random.keySet()) {
            r.image("Decision boundary, " + a, "boundary-" + a + ".png");
        }
        r.paragraph("Every network's final outputs for (0,0), (0,1), (1,0), (1,1) are in summary.csv.");
        r.heading("Recipe");
        r.code(ctx.recipe().describe());
        r.write(ctx.file("REPORT.md"));
    }

    static List<String> findings(Map<String, List<XorResult>> random, Map<String, XorResult> seedStart) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<XorResult>> e : random.entrySet()) {
            List<XorResult> runs = e.getValue();
            long solved = runs.stream().filter(XorResult::solved).count();
            double bestLoss = runs.stream().mapToDouble(x -> x.loss()[x.loss().length - 1]).min().orElse(Double.NaN);
            StringBuilder line = new StringBuilder(String.format("%s: %d of %d random starts learn XOR",
                    e.getKey(), solved, runs.size()));
            if (solved > 0) {
                double[] at = runs.stream().filter(XorResult::solved).mapToDouble(XorResult::solvedAt).sorted()
                        .toArray();
                line.append(String.format(" (median %.0f epochs)", at[at.length / 2]));
            }
            line.append(String.format("; lowest final loss %.4g.", bestLoss));
            if (solved == 0 && e.getKey().equals("identity")) {
                double[] o = runs.get(0).outputs();
                line.append(String.format(" A network of identity units is one linear map, and no linear map "
                        + "separates XOR: the best it can do is the least-squares fit, which outputs about 0.5 for "
                        + "every row (here %.3f, %.3f, %.3f, %.3f) and J = 1/2 * 0.25 = 0.125.", o[0], o[1], o[2],
                        o[3]));
            }
            XorResult s = seedStart.get(e.getKey());
            if (s != null) {
                double[] o = s.outputs();
                line.append(String.format(" From the seed's start (all weights 1): %s, outputs %.3f, %.3f, %.3f, "
                        + "%.3f%s.", s.solved() ? "learned" : "not learned", o[0], o[1], o[2], o[3],
                        s.solved() ? "" : ": the three hidden units start identical, receive identical gradients "
                                + "and so stay identical, which makes the hidden layer one unit wide"));
            }
            out.add(line.toString());
        }
        return out;
    }
}
