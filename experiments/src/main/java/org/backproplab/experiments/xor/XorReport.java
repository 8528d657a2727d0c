package org.backproplab.experiments.xor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/** xor's summary.csv, loss curves, boundaries and report, declared; its findings are computed from the runs. */
final class XorReport {
    /** What the report is written from: every run, in the order they were declared, and the truth table. */
    record Runs(List<RunResult> runs, TrainingData table) {
        /** The random starts of each kind of hidden unit, by its name, in order. */
        Map<String, List<Learned>> random() {
            Map<String, List<Learned>> out = new LinkedHashMap<>();
            learned().stream().filter(l -> !l.seedStart())
                    .forEach(l -> out.computeIfAbsent(l.activation(), k -> new ArrayList<>()).add(l));
            return out;
        }

        /** The seed's start of each kind of hidden unit, by its name. */
        Map<String, Learned> seedStart() {
            Map<String, Learned> out = new LinkedHashMap<>();
            learned().stream().filter(Learned::seedStart).forEach(l -> out.put(l.activation(), l));
            return out;
        }

        List<Learned> learned() {
            return runs.stream().map(Learned::new).toList();
        }

        RunSpec any() {
            return runs.get(0).spec();
        }
    }

    /** One run read as XOR: its loss after every epoch, its final outputs, the first epoch it was solved at. */
    record Learned(RunResult run) {
        String activation() {
            return run.spec().hidden().name();
        }

        boolean seedStart() {
            return run.spec().initializer().equals(XorLearning.SEED_START);
        }

        double[] loss() {
            return run.epochs().stream().mapToDouble(EpochRecord::trainLoss).toArray();
        }

        double finalLoss() {
            return run.last().trainLoss();
        }

        /** The outputs for (0,0), (0,1), (1,0), (1,1). */
        double[] outputs() {
            return Arrays.stream(XorLearning.FIT.outputs(run)).mapToDouble(row -> row[0]).toArray();
        }

        int solvedAt() {
            return XorLearning.FIT.first(run);
        }

        boolean solved() {
            return solvedAt() >= 0;
        }
    }

    static final Report<Runs> REPORT = Report.<Runs>titled(r -> "XOR with " + (seedsShape(r.any())
                    ? "the seed's 2-3-1 network" : "a " + shape(r.any()) + " network"))
            .csv("summary.csv", summaryHeader(), XorReport::summary)
            .text(XorReport::recipe)
            .findings(XorReport::findings)
            .figure("loss-curves.png", "Loss during training", XorReport::lossCurves)
            .figures("What the first random start of each kind of unit learned, over the plane around the four "
                    + "inputs (tint: the class the network predicts, paler where its output is near 0.5):",
                    XorReport::boundaries)
            .text("Every network's final outputs for (0,0), (0,1), (1,0), (1,1) are in summary.csv.");

    private XorReport() {
    }

    private static String shape(RunSpec s) {
        return "2-" + String.join("-", Collections.nCopies(s.depth(), Integer.toString(s.width()))) + "-1";
    }

    private static boolean seedsShape(RunSpec s) {
        return s.width() == 3 && s.depth() == 1;
    }

    /** Every resolved field of the run (the seed's start is init constant(1.0, 1.0), seed 0), then what it learned. */
    private static List<String> summaryHeader() {
        List<String> h = new ArrayList<>(RunSpec.COLUMNS);
        h.addAll(List.of("solved", "epoch_solved", "final_loss", "out_00", "out_01", "out_10", "out_11",
                "train_ms"));
        return h;
    }

    private static List<List<Object>> summary(Runs runs) {
        List<List<Object>> rows = new ArrayList<>();
        for (Learned l : runs.learned()) {
            List<Object> row = new ArrayList<>(l.run().spec().values());
            double[] o = l.outputs();
            row.addAll(List.of(l.solved(), l.solved() ? l.solvedAt() : "", l.finalLoss(), o[0], o[1], o[2], o[3],
                    l.run().millis()));
            rows.add(row);
        }
        return rows;
    }

    private static String recipe(Runs runs) {
        RunSpec any = runs.any();
        List<Learned> first = runs.random().values().iterator().next();
        return String.format((seedsShape(any) ? "The network of 004_e7081218ef15327e.txt (2 inputs, 3 hidden units, "
                + "1 identity output," : "The seed's XOR network widened to " + shape(any) + " (identity output,")
                + " J = mean over the four rows of 1/2 (y_hat - y)^2, learning rate %s) trained by batch "
                + "gradient descent on the whole truth table for %d epochs, for each kind of hidden unit; from "
                + "the seed's own start (every weight 1) and from %d random starts ("
                + first.get(0).run().spec().initializer().name() + "). Learned means all four "
                + "outputs within %.1f of their targets.", any.learningRate(), any.epochs(), first.size(),
                XorLearning.SOLVED);
    }

    /**
     * The median loss of each kind of unit's random starts, epoch by epoch (of the runs still training: one that
     * diverged stops at the epoch it did).
     */
    static Figure lossCurves(Runs runs) {
        Map<String, List<Learned>> random = runs.random();
        List<Series> curves = new ArrayList<>();
        List<String> learned = new ArrayList<>();
        for (Map.Entry<String, List<Learned>> e : random.entrySet()) {
            List<double[]> losses = e.getValue().stream().map(Learned::loss).toList();
            int epochs = losses.stream().mapToInt(l -> l.length).max().orElse(0);
            double[] axis = new double[epochs];
            // The median, not the mean: a few starts that never learn would otherwise hide all those that do.
            double[] median = new double[epochs];
            for (int i = 0; i < epochs; i++) {
                final int epoch = i;
                axis[i] = i;
                double[] v = losses.stream().filter(l -> l.length > epoch).mapToDouble(l -> l[epoch]).sorted()
                        .toArray();
                median[i] = v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
            }
            long solved = e.getValue().stream().filter(Learned::solved).count();
            // The name alone, so that each activation keeps its colour; the counts go in the title.
            curves.add(Series.of(e.getKey(), axis, median));
            learned.add(e.getKey() + " " + solved + "/" + e.getValue().size());
        }
        return new LineChart("XOR " + shape(runs.any()) + ", median of the random starts (learned: "
                + String.join(", ", learned) + ")", "epoch (one step on all 4 rows)",
                "J = mean of 1/2 (y_hat - y)^2 (log scale)", curves, Scale.LOG, true);
    }

    /** The decision boundary of each kind of unit's first random start, with the four rows on top. */
    private static List<Drawn> boundaries(Runs runs) {
        List<Drawn> drawn = new ArrayList<>();
        for (Map.Entry<String, List<Learned>> e : runs.random().entrySet()) {
            Learned l = e.getValue().get(0);
            drawn.add(new Drawn("boundary-" + e.getKey() + ".png", "Decision boundary, " + e.getKey(),
                    XorLearning.BOUNDARY.boundary(l.run(), runs.table(), "XOR, " + e.getKey() + " hidden units, "
                            + "seed " + l.run().spec().seed() + ": " + (l.solved() ? "learned" : "not learned"),
                            List.of("XOR = 0", "XOR = 1")).sized(700, 620)));
        }
        return drawn;
    }

    static List<String> findings(Runs runs) {
        Map<String, Learned> seedStart = runs.seedStart();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Learned>> e : runs.random().entrySet()) {
            List<Learned> learned = e.getValue();
            long solved = learned.stream().filter(Learned::solved).count();
            double bestLoss = learned.stream().mapToDouble(Learned::finalLoss).min().orElse(Double.NaN);
            StringBuilder line = new StringBuilder(String.format("%s: %d of %d random starts learn XOR",
                    e.getKey(), solved, learned.size()));
            if (solved > 0) {
                double[] at = learned.stream().filter(Learned::solved).mapToDouble(Learned::solvedAt).sorted()
                        .toArray();
                line.append(String.format(" (median %.0f epochs)", at[at.length / 2]));
            }
            line.append(String.format("; lowest final loss %.4g.", bestLoss));
            if (solved == 0 && e.getKey().equals("identity")) {
                double[] o = learned.get(0).outputs();
                line.append(String.format(" A network of identity units is one linear map, and no linear map "
                        + "separates XOR: the best it can do is the least-squares fit, which outputs about 0.5 for "
                        + "every row (here %.3f, %.3f, %.3f, %.3f) and J = 1/2 * 0.25 = 0.125.", o[0], o[1], o[2],
                        o[3]));
            }
            Learned s = seedStart.get(e.getKey());
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
