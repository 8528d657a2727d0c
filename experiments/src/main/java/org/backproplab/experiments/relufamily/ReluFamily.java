package org.backproplab.experiments.relufamily;

import static org.backproplab.experiments.relufamily.ReluFamilyFindings.EPOCHS_TO_LOSS;
import static org.backproplab.experiments.relufamily.ReluFamilyFindings.LOSS_THRESHOLD;
import static org.backproplab.experiments.relufamily.ReluFamilyFindings.activation;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.relufamily.ReluFamilyFindings.Comparison;
import org.backproplab.experiments.relufamily.ReluFamilyFindings.Paired;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Column;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.reporting.BoxPlot;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=relu-family}: ReLU and its successors at one depth, over several seeds, with the statistics to tell
 * a real difference from seed noise: mean, sd and 95% confidence interval of test accuracy and final loss, epochs
 * to reach a training loss of 0.1, and a paired t-test of each against ReLU on the same seeds (same initial-weight
 * seed, same batch order) with Holm's correction for the nine comparisons. All train at one rate, ReLU's, so
 * that the activation is the only difference; at least two seeds, as a paired test needs.
 */
public final class ReluFamily {
    static final Report<Cells> REPORT = Report.<Cells>titled("The ReLU family, compared with statistics")
            .text(ReluFamilyFindings::recipe)
            .findings(ReluFamilyFindings::findings)
            .table(null, c -> List.of("activation", "test accuracy [95% CI]", "final train loss",
                    "epochs to loss " + LOSS_THRESHOLD, "vs " + Comparison.of(c).name()), ReluFamily::table)
            .figure("accuracy-boxes.png", "Test accuracy of each activation across the seeds", ReluFamily::boxes)
            .figure("convergence.png", "Convergence", c -> convergence(c).sized(900, 600));

    public static final Sweep SWEEP = Sweep.named("relu-family",
                    "ReLU, leaky, PReLU, RReLU, ELU, SELU, GELU, Swish, Mish, softplus: accuracy, CIs, paired tests")
            .with(Axis.ACTIVATIONS, "relu,leaky-relu,prelu,rrelu,elu,selu,gelu,swish,mish,softplus")
            .with(Axis.DEPTHS, "6")
            .with(Axis.LR, "0.05")
            .epochs(30)
            .seeds(5, 2)
            .quick("seeds", "3", "epochs", "3", "depths", "3")
            .report(REPORT, ReluFamily::summaryColumns);

    /** summary.csv's own columns: the loss interval, epochs to the loss threshold, then the test against ReLU. */
    static List<Column> summaryColumns(Cells cells) {
        List<Column> c = new java.util.ArrayList<>(List.of(
                Column.of("final_train_loss_ci95_low", x -> lossCi95(x)[0]),
                Column.of("final_train_loss_ci95_high", x -> lossCi95(x)[1]),
                Column.of(EPOCHS_TO_LOSS.column() + "_mean", x -> x.stat(EPOCHS_TO_LOSS).mean()),
                Column.of("runs_reaching_loss_" + LOSS_THRESHOLD, x -> x.stat(EPOCHS_TO_LOSS).n())));
        c.addAll(againstBaseline(cells));
        return c;
    }

    private ReluFamily() {
    }

    /** The interval of the final loss's geometric mean over the seeds ({@link SeedStats#positiveCi95}). */
    private static double[] lossCi95(Cell c) {
        return SeedStats.positiveCi95(c.values(Metric.FINAL_TRAIN_LOSS));
    }

    /** The paired test against the baseline, in columns named after it; empty for the baseline itself. */
    static List<Column> againstBaseline(Cells c) {
        Comparison vs = Comparison.of(c);
        return List.of(
                Column.of("accuracy_diff_vs_" + vs.name(), x -> vs.isBaseline(x) ? "" : vs.of(x).diff()),
                Column.of("p_value_vs_" + vs.name(), x -> vs.isBaseline(x) || !vs.of(x).tested() ? ""
                        : vs.of(x).p()),
                Column.of("p_holm", x -> vs.isBaseline(x) || !vs.of(x).tested() ? "" : vs.of(x).holm()),
                Column.of("significant_at_0.05", x -> vs.isBaseline(x) ? "" : vs.of(x).significant()));
    }

    private static List<List<String>> table(Cells c) {
        Comparison vs = Comparison.of(c);
        int testItems = c.data().testX().rows();
        List<List<String>> rows = new ArrayList<>();
        for (Cell x : c.cells()) {
            MeanSd a = x.stat(Metric.TEST_ACCURACY);
            double[] ca = x.accuracyCi95(testItems);
            MeanSd speed = x.stat(EPOCHS_TO_LOSS);
            Paired t = vs.of(x);
            rows.add(List.of(activation(x), String.format("%.3f [%.3f, %.3f]", a.mean(), ca[0], ca[1]),
                    String.format("%.2e", x.stat(Metric.FINAL_TRAIN_LOSS).mean()),
                    speed.n() == 0 ? "never" : String.format("%.1f (%d/%d)", speed.mean(), speed.n(), x.seeds()),
                    t == null ? "baseline" : !t.tested() ? "fewer than 2 seeds to pair"
                            : String.format("%+.3f, p = %.3f (Holm %.3f)%s", t.diff(), t.p(), t.holm(),
                                    t.significant() ? " *" : "")));
        }
        return rows;
    }

    /** One box per activation: its test accuracy on each seed (NaN, left out and counted, where a run diverged). */
    static BoxPlot boxes(Cells c) {
        List<BoxPlot.Box> boxes = new ArrayList<>();
        for (Cell x : c.cells()) {
            boxes.add(new BoxPlot.Box(activation(x), x.runs().stream()
                    .mapToDouble(r -> r.diverged() ? Double.NaN : r.last().testAccuracy()).toArray()));
        }
        return new BoxPlot("Test accuracy across " + Counts.seeds(c.seeds())
                + " (box: quartiles, whiskers: range, dots: seeds)", "activation", "test accuracy", boxes);
    }

    /** Each activation's mean training loss over the epochs, of the runs still training. */
    static LineChart convergence(Cells c) {
        List<Series> curves = new ArrayList<>();
        boolean ragged = false;
        for (Cell x : c.cells()) {
            EpochMeans mean = EpochMeans.of(x.runs(), EpochRecord::trainLoss);
            ragged |= mean.ragged();
            curves.add(mean.series(activation(x), false));
        }
        return new LineChart("Training loss, the ReLU family (" + Counts.meanOf(c.seeds(), false)
                + (ragged ? "; " + EpochMeans.RAGGED : "") + ")", "epoch", "training loss (log scale)", curves,
                Scale.LOG, true);
    }
}
