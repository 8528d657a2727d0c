package org.backproplab.experiments.lrsweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Rates;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=lr-sweep}: log-spaced learning rates from 1e-4 to 10 (two per decade) x activation, plain SGD on
 * digits: final training loss against the learning rate. A run whose loss turns NaN or infinite stops, is counted
 * as diverged with its epoch, and the sweep goes on.
 */
public final class LrSweep {
    static final Report<Cells> REPORT = Report.<Cells>titled("Learning-rate sweep")
            .text(LrFindings::recipe)
            .findings(LrFindings::findings)
            .figure("loss-vs-lr.png", "Final loss vs learning rate", LrSweep::lossFigure)
            .text(c -> divergedRuns(c).isEmpty() ? null
                    : "Runs that diverged (their loss became NaN or infinite; each was stopped at that epoch):")
            .table(null, List.of("activation", "learning rate", "diverged", "at epoch"), LrSweep::divergedRuns)
            .text("Every configuration is in summary.csv, every epoch of every run in runs.csv.");

    public static final Sweep SWEEP = Sweep.named("lr-sweep",
                    "learning rates 1e-4 to 10 x sigmoid, tanh, ReLU: final loss vs rate, diverged runs counted")
            .with(Axis.LR, "1e-4..10/2")
            .epochs(20)
            .swept(Axis.ACTIVATIONS, Axis.LR)
            .quick("seeds", "1", "epochs", "2")
            .report(REPORT);

    private LrSweep() {
    }

    /**
     * Final loss against the learning rate on log-log axes, one line per activation (mean of the runs that did not
     * diverge, band +/- 1 sd), and a cross in the activation's colour at every rate where a run diverged: on the
     * line where the others still give a value, at the top of the chart where every run diverged.
     */
    static LineChart lossFigure(Cells c) {
        double top = c.cells().stream().mapToDouble(x -> x.stat(Metric.FINAL_TRAIN_LOSS).mean())
                .filter(Double::isFinite).max().orElse(1.0) * 2;
        List<Series> series = new ArrayList<>();
        List<Series> marks = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((activation, cells) -> {
            series.add(cells.series(activation, Axis.LR, Metric.FINAL_TRAIN_LOSS, true));
            List<Cell> diverged = cells.cells().stream().filter(x -> x.diverged() > 0).toList();
            if (!diverged.isEmpty()) {
                marks.add(Series.crosses(activation + ", runs diverged", diverged.stream()
                        .mapToDouble(x -> x.spec().learningRate()).toArray(), diverged.stream().mapToDouble(x -> {
                            var loss = x.stat(Metric.FINAL_TRAIN_LOSS);
                            return loss.n() > 0 ? loss.mean() : top;
                        }).toArray()));
            }
        });
        series.addAll(marks);
        return new LineChart("Final training loss vs learning rate (" + Counts.meanOf(c.seeds(), true) + "; x: a "
                + "run diverged)", "learning rate (log scale)", "final training loss (log scale)", series, Scale.LOG,
                false).withLogX();
    }

    /** Each activation and rate where runs diverged: how many of its runs, and at which epochs. */
    static List<List<String>> divergedRuns(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            if (cell.diverged() > 0) {
                rows.add(List.of(cell.spec().hidden().name(), Rates.text(cell.spec().learningRate()),
                        cell.diverged() + " of " + cell.seeds(), cell.runs().stream().filter(RunResult::diverged)
                                .map(r -> Integer.toString(r.divergedAt())).collect(Collectors.joining(", "))));
            }
        }
        return rows;
    }
}
