package org.backproplab.experiments.depthbudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.PaperAndGrid.Both;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.DecisionGrid;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Chart;
import org.backproplab.reporting.ContactSheet;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=depth-budget}: does depth help when it costs no parameters? ReLU networks of 1 to 8 hidden layers,
 * each as wide as a fixed budget of weights and biases allows ({@code -Dbudget}), on the checkerboard and the
 * spirals (2-D sets whose boundaries reward folding the plane) and on mnist-10k: test accuracy and loss against
 * depth, one line per budget. The claim checked is Goodfellow, Bengio and Courville's (Deep Learning, 2016,
 * section 6.4.1, Figs. 6.6 and 6.7): deeper models generalize better, also at the same number of parameters.
 *
 * <p>The two 2-D sets are fixed sections ({@code -Dcheckerboard.seeds}, {@code -Dspirals.epochs}...); the
 * {@code -D} axes set the mnist-10k grid, which a user may point at any data ({@code -Ddataset=moons}).
 */
public final class DepthBudget {
    /** Test loss after the last epoch: the loss half of "accuracy and loss against depth". */
    static final Metric TEST_LOSS = new Metric("final_test_loss", r -> r.last().testLoss());

    /** On a 2-D set, the plane as the first seed's shallowest and deepest networks see it. */
    static final DecisionGrid BOUNDARY = new DecisionGrid(150, Which.firstSeedAtShallowestAndDeepest());

    /** The 2-D sets' budgets: 32,000 would need 5,333 units in one layer, past the widest layer allowed. */
    static final String PLANE_BUDGETS = "500,2000,8000";

    /**
     * Every section's recipe: ReLU (He's initialization), Adam at 0.003 with batches of 32. Adam rather than the
     * project's SGD, so that what is compared is what each shape can represent and how it generalizes rather than
     * how well one learning rate suits layers from 2 to 1,600 units wide: measured on the checkerboard at a budget
     * of 2,000 (1 seed, 200 epochs), SGD at 0.05 left depth 2 at 0.647 and Adam at 0.003 took it to 0.880.
     */
    private static Sweep declared(String dataset, String budgets, int epochs) {
        return Sweep.named("depth-budget", "ReLU networks of depth 1 to 8 at equal parameter budgets")
                .with(Axis.DATASET, dataset)
                .with(Axis.ACTIVATIONS, "relu")
                .with(Axis.DEPTHS, "1..8")
                .with(Axis.BUDGET, budgets)
                .with(Axis.OPTIMIZER, "adam")
                .with(Axis.LR, "0.003")
                .epochs(epochs)
                .swept(Axis.DEPTHS, Axis.BUDGET)
                .quick("seeds", "1", "epochs", "1", "depths", "1,2,8", "budget", "2000,8000")
                .probes(BOUNDARY);
    }

    static final Sweep CHECKERBOARD = declared("checkerboard", PLANE_BUDGETS, 100);
    static final Sweep SPIRALS = declared("spirals", PLANE_BUDGETS, 100);
    /** The -D grid: 10 epochs of Adam already fit the 7,500 training digits (training loss below 0.05). */
    static final Sweep MNIST = declared("mnist-10k", "2000,8000,32000", 10);

    static final Report<Both> REPORT = Report.<Both>titled("Depth at an equal parameter budget")
            .text(DepthBudgetFindings.CLAIM)
            .text(DepthBudgetFindings::recipe)
            .heading("What it shows")
            .bullets(DepthBudgetFindings::headline)
            .text(DepthBudgetFindings.DIFFERENCES)
            .text(DepthBudgetFindings.SHALLOW_PLANE)
            .heading("1. The checkerboard")
            .section(b -> b.paper("checkerboard"), section("checkerboard"))
            .heading("2. The spirals")
            .section(b -> b.paper("spirals"), section("spirals"))
            .heading(b -> "3. " + b.grid().data().description().split(" ")[0] + " (the -D grid)")
            .section(Both::grid, section("grid"));

    public static final PaperAndGrid STUDY = new PaperAndGrid("depth-budget",
            "ReLU networks of depth 1 to 8 at equal parameter budgets (-Dbudget) on the checkerboard, the spirals "
                    + "and mnist-10k: accuracy and loss vs depth, one line per budget",
            List.of(new PaperAndGrid.Paper("checkerboard", CHECKERBOARD, Map.of("seeds", "1", "epochs", "2")),
                    new PaperAndGrid.Paper("spirals", SPIRALS, Map.of("seeds", "1", "epochs", "2"))),
            MNIST, REPORT);

    private DepthBudget() {
    }

    /** One data set's part of the report; {@code prefix} names its files. */
    static Report<Cells> section(String prefix) {
        return Report.<Cells>titled("")
                .text(DepthBudgetFindings::widths)
                .bullets(DepthBudgetFindings::findings)
                .figure(prefix + "-test-accuracy-vs-depth.png", "Test accuracy vs depth, one line per budget",
                        c -> new LineChart("Test accuracy vs depth at equal parameter budgets, " + name(c) + " ("
                                + Counts.meanOf(c.seeds(), true) + ")", "hidden layers", "test accuracy",
                                byBudget(c, Metric.TEST_ACCURACY), Scale.LINEAR, true, true).asFraction())
                .figure(prefix + "-test-loss-vs-depth.png", "Test loss vs depth, one line per budget",
                        c -> new LineChart("Test loss vs depth at equal parameter budgets, " + name(c) + " ("
                                + Counts.meanOf(c.seeds(), true) + ")", "hidden layers",
                                "test loss (cross-entropy, log scale)", byBudget(c, TEST_LOSS), Scale.LOG, true, true))
                .figure(prefix + "-boundaries.png", "The plane at the largest budget, shallowest and deepest",
                        c -> boundaries(c) == null ? null : boundaries(c).sized(1400, 680))
                .table(null, List.of("budget", "depth", "width", "parameters", "test accuracy (mean +/- sd)",
                        "95% CI", "test loss", "train loss"), DepthBudget::table)
                .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()));
    }

    static String name(Cells c) {
        return c.grid().dataset().name();
    }

    /** One line per budget over depth, as summary.csv holds them. */
    static List<Series> byBudget(Cells c, Metric m) {
        List<Series> out = new ArrayList<>();
        c.by(Axis.BUDGET).forEach((budget, cells) -> out.add(cells.series(cells.first().spec().budget()
                + " parameters", Axis.DEPTHS, m, true)));
        return out;
    }

    /** What the first seed's shallowest and deepest networks of the largest budget make of a 2-D plane. */
    static ContactSheet boundaries(Cells c) {
        if (!BOUNDARY.fits(c.data())) {
            return null;
        }
        int budget = c.grid().budgets().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Chart> panels = new ArrayList<>();
        for (Cell cell : c.cells()) {
            var first = cell.first();
            if (cell.spec().budget() == budget && BOUNDARY.measures(first.spec(), c.grid(), c.data())) {
                panels.add(BOUNDARY.boundary(first, c.data(), String.format("%s x %d units: test accuracy %.3f",
                        Counts.hiddenLayers(cell.spec().depth()), cell.spec().width(), first.last().testAccuracy())));
            }
        }
        return panels.isEmpty() ? null : new ContactSheet("What " + budget + " parameters make of the "
                + name(c) + ", shallowest against deepest (seed 1)", panels, panels.size());
    }

    private static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        int inputs = c.data().inputs();
        int outputs = c.data().trainY().cols();
        for (Cell cell : c.cells()) {
            var acc = cell.stat(Metric.TEST_ACCURACY);
            rows.add(List.of(Integer.toString(cell.spec().budget()), Integer.toString(cell.spec().depth()),
                    Integer.toString(cell.spec().width()), Long.toString(cell.spec().parameters(inputs, outputs)),
                    String.format("%.3f +/- %.3f", acc.mean(), acc.sd()), cell.accuracyCi95Text(c.data().testX()
                            .rows()), cell.meanText(TEST_LOSS, "%.4f"), cell.meanText(Metric.FINAL_TRAIN_LOSS,
                            "%.4f")));
        }
        return rows;
    }
}
