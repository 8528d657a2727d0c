package org.backproplab.experiments.usersweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.reporting.MeanSd;

/** What a user's sweep's report says: its grid in words, the findings read off its numbers, its summary table. */
final class UserSweepFindings {
    private UserSweepFindings() {
    }

    static String recipe(Cells c) {
        Grid grid = c.grid();
        return String.format("%d grid points x %s: activations %s; depths %s; width %s; learning rate "
                + "%s; batch %s; initialization %s; optimizer %s; %s on %s (%d training, %d test samples). "
                + "Softmax cross-entropy on an identity output layer.", c.cells().size(), Counts.seeds(grid.seeds()),
                grid.activations().stream().map(a -> a.name()).toList(), grid.depths(), grid.widthText(),
                grid.learningRateText(), grid.batches(), grid.initText(), grid.optimizers(),
                Counts.epochs(grid.epochs()), c.data().description(), c.data().trainX().rows(),
                c.data().testX().rows());
    }

    /** The best and worst grid points, and what diverged or stayed at chance, read off the numbers. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        List<Cell> trained = c.cells().stream().filter(cell -> accuracy(cell).n() > 0).toList();
        if (trained.isEmpty()) {
            out.add("Every run diverged (its loss became NaN or infinite).");
            return out;
        }
        Cell best = trained.stream().max(Comparator.comparingDouble(cell -> accuracy(cell).mean())).orElseThrow();
        Cell worst = trained.stream().min(Comparator.comparingDouble(cell -> accuracy(cell).mean())).orElseThrow();
        out.add(String.format("Best: %s, test accuracy %.3f +/- %.3f.", label(c, best), accuracy(best).mean(),
                accuracy(best).sd()));
        if (worst != best) {
            out.add(String.format("Worst: %s, test accuracy %.3f +/- %.3f.", label(c, worst), accuracy(worst).mean(),
                    accuracy(worst).sd()));
        }
        double chance = 1.0 / c.data().classes();
        List<String> atChance = trained.stream().filter(cell -> accuracy(cell).mean() < chance + 0.02)
                .map(cell -> label(c, cell)).toList();
        if (!atChance.isEmpty()) {
            out.add("No better than guessing (within 0.02 of " + String.format("%.2f", chance) + "): "
                    + String.join("; ", atChance) + ".");
        }
        long diverged = c.cells().stream().mapToLong(Cell::diverged).sum();
        out.add(diverged == 0 ? "No run diverged." : diverged + " runs diverged (loss NaN or infinite): "
                + String.join("; ", c.cells().stream().filter(cell -> cell.diverged() > 0)
                        .map(cell -> label(c, cell) + " " + cell.diverged() + " of " + cell.seeds()).toList()) + ".");
        return out;
    }

    /** One row per grid point: its test accuracy, interval, final training loss and diverged runs. */
    static List<List<String>> summary(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            rows.add(List.of(label(c, cell), String.format("%.3f +/- %.3f", accuracy(cell).mean(),
                    accuracy(cell).sd()), cell.accuracyCi95Text(c.data().testX().rows()),
                    String.format("%.4f", cell.stat(Metric.FINAL_TRAIN_LOSS).mean()), Long.toString(cell.diverged())));
        }
        return rows;
    }

    /** A grid point's name by every swept axis, e.g. "tanh, depth 2, lr 0.1". */
    private static String label(Cells c, Cell cell) {
        return cell.label(c.varying());
    }

    private static MeanSd accuracy(Cell cell) {
        return cell.stat(Metric.TEST_ACCURACY);
    }
}
