package org.backproplab.experiments.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.MeanSd;

/**
 * The two tables every sweep writes, each row starting with every resolved field of its run ({@link RunSpec#COLUMNS}):
 * {@code runs.csv}, every epoch of every run, and {@code summary.csv}, one row per grid point with means, spreads
 * and intervals over the seeds, then the study's own columns. Timing lives in columns ending {@code _ms} only: two
 * runs of one recipe give the same bytes once those are dropped.
 */
public final class Tables {
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";

    /** What summary.csv holds after the spec's columns, before a study's own. */
    static final List<Column> STANDARD = standard();

    private Tables() {
    }

    public static void writeRuns(Path file, Cells cells) throws IOException {
        List<String> header = new ArrayList<>(RunSpec.COLUMNS);
        header.addAll(List.of("parameters", "diverged_at_epoch", "epoch", "train_loss", "train_accuracy", "test_loss",
                "test_accuracy", "first_layer_gradient", "output_layer_gradient"));
        try (CsvWriter csv = CsvWriter.create(file, header.toArray(String[]::new))) {
            for (RunResult r : cells.runs()) {
                for (EpochRecord e : r.epochs()) {
                    List<Object> row = new ArrayList<>(r.spec().values());
                    row.addAll(List.of(parameters(r.spec(), cells), r.diverged() ? r.divergedAt() : "", e.epoch(), e.trainLoss(),
                            e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.firstLayerGradient(),
                            e.lastLayerGradient()));
                    csv.row(row.toArray());
                }
            }
        }
    }

    public static void writeSummary(Path file, Cells cells, List<Column> extra) throws IOException {
        List<String> header = new ArrayList<>(RunSpec.COLUMNS.subList(0, RunSpec.COLUMNS.size() - 1));
        List<Column> columns = new ArrayList<>(STANDARD);
        columns.addAll(extra);
        columns.forEach(c -> header.add(c.name()));
        try (CsvWriter csv = CsvWriter.create(file, header.toArray(String[]::new))) {
            for (Cell c : cells.cells()) {
                List<Object> row = new ArrayList<>(c.spec().values().subList(0, RunSpec.COLUMNS.size() - 1));
                for (Column column : columns) {
                    row.add(column.value().apply(c, cells.data()));
                }
                csv.row(row.toArray());
            }
        }
    }

    /** The weights and biases {@code spec}'s network has on the cells' data: what a budget was solved to meet. */
    private static long parameters(RunSpec spec, Cells cells) {
        return spec.parameters(cells.data().inputs(), cells.data().trainY().cols());
    }

    /**
     * The parameters (weights and biases), seeds, diverged runs, and mean and sd of the standard metrics over the runs that did not diverge; the test
     * accuracy's 95% interval ({@link Cell#accuracyCi95}); the training time last.
     */
    private static List<Column> standard() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("parameters", (x, d) -> x.spec().parameters(d.inputs(), d.trainY().cols())));
        c.add(Column.of("seeds", Cell::seeds));
        c.add(Column.of("diverged", Cell::diverged));
        c.add(Column.of("test_accuracy_mean", x -> x.stat(Metric.TEST_ACCURACY).mean()));
        c.add(Column.of("test_accuracy_sd", x -> x.stat(Metric.TEST_ACCURACY).sd()));
        c.add(new Column("test_accuracy_ci95_low", (x, d) -> x.accuracyCi95(d.testX().rows())[0]));
        c.add(new Column("test_accuracy_ci95_high", (x, d) -> x.accuracyCi95(d.testX().rows())[1]));
        for (Metric m : List.of(Metric.FINAL_TRAIN_LOSS)) {
            c.add(Column.of(m.column() + "_mean", x -> x.stat(m).mean()));
            c.add(Column.of(m.column() + "_sd", x -> x.stat(m).sd()));
        }
        c.add(Column.of("first_layer_gradient_at_init_mean",
                x -> x.stat(Metric.FIRST_LAYER_GRADIENT_AT_INIT).mean()));
        c.add(Column.of("gradient_ratio_at_init_mean", x -> x.stat(Metric.GRADIENT_RATIO_AT_INIT).mean()));
        c.add(Column.of(Metric.TRAIN_TIME.column(), x -> MeanSd.of(x.runs().stream()
                .mapToDouble(Metric.TRAIN_TIME::of).toArray()).mean()));
        return c;
    }
}
