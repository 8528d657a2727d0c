package org.backproplab.experiments.depthbudget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.PaperAndGrid.Both;

/** What the depth-budget report says: the claim, the recipe, and the findings read off the numbers. */
final class DepthBudgetFindings {
    /** The paper's claim and its numbers, printed beside ours. */
    static final String CLAIM = "The claim checked: Goodfellow, Bengio and Courville (Deep Learning, 2016, section "
            + "6.4.1) argue that depth helps beyond what it adds in parameters. Their Fig. 6.6 (from Goodfellow et al. "
            + "2014, transcribing multi-digit street numbers) shows test accuracy rising from about 92% at 3 layers "
            + "to about 96.5% at 11; their Fig. 6.7 shows that adding parameters to a 3-layer network without adding "
            + "depth does not catch up: at the same number of parameters, the deeper models generalize better. Here "
            + "every network of a line has the same number of weights and biases, so a line that rises with depth "
            + "is depth helping at no cost in parameters.";

    /** How our recipe differs from theirs and what that changes. */
    static final String DIFFERENCES = "How our recipe differs from theirs: their networks are convolutional, with "
            + "10^7 to 10^8 parameters, trained on SVHN's hundreds of thousands of street-number images; ours are "
            + "fully connected ReLU networks of 500 to 32,000 parameters, trained without regularization on 450 2-D "
            + "points or 7,500 digits. What that changes: with 784 inputs, most of an MLP's budget is its first "
            + "layer (784 x width), so on mnist-10k a deeper network at the same budget is a narrower one with a "
            + "narrower first layer, and depth has less to give than it has in a convolutional network, whose "
            + "layers share their weights; on the 2-D sets the first layer costs almost nothing and the budget "
            + "goes to the hidden layers, which is where depth's folding of the plane (Montufar et al. 2014) can "
            + "pay. Their depths count every layer; ours count hidden layers (an output layer comes on top).";

    /** Test accuracy above which every shape is called equal: within 3 of 150 test points of perfect. */
    static final double CEILING = 0.98;

    /** What the boundaries show of a shallow network, and why. */
    static final String SHALLOW_PLANE = "In the figures of the plane, the one-layer network's boundaries radiate from "
            + "the origin: its units start with zero biases (He's initialization), so every unit's line starts "
            + "through the origin, and training moves few of them far; the deep network's folds follow the squares.";

    private DepthBudgetFindings() {
    }

    static String recipe(Both b) {
        Grid g = b.grid().grid();
        return String.format("Each network has ReLU hidden layers (He's initialization), all as wide as its budget "
                + "allows (the whole width whose weights and biases come closest to it: the parameters column), "
                + "an identity output layer and softmax cross-entropy, trained by mini-batch %s (learning rate "
                + "%s, batch %d) over %s per point. The 2-D sets train for %s, mnist-10k for %s.",
                g.optimizer(),
                g.learningRateText(), g.batch(), Counts.seeds(b.paper("checkerboard").seeds()),
                Counts.epochs(b.paper("checkerboard").grid().epochs()), Counts.epochs(g.epochs()));
    }

    /** Per data set, one line: how many budgets a deeper network wins at, and the paper's numbers beside ours. */
    static List<String> headline(Both b) {
        List<String> out = new ArrayList<>();
        for (Cells c : List.of(b.paper("checkerboard"), b.paper("spirals"), b.grid())) {
            int budgets = 0;
            int deeperWins = 0;
            int shallowWins = 0;
            for (Cells line : c.by(Axis.BUDGET).values()) {
                budgets++;
                Verdicts v = verdicts(line);
                deeperWins += v.better().isEmpty() ? 0 : 1;
                shallowWins += v.worse().isEmpty() ? 0 : 1;
            }
            Cells largest = largest(c);
            Cell best = best(largest);
            String tests = c.seeds() < 2 ? "one seed, so no depth is tested against depth 1"
                    : String.format("at %d of %d budgets some deeper network beats one hidden layer of the same "
                    + "budget, at %d one does worse (Welch's t-tests against depth 1 over %s, Holm-corrected)",
                    deeperWins, budgets, shallowWins, Counts.seeds(c.seeds()));
            double worst = c.cells().stream().mapToDouble(DepthBudgetFindings::accuracy).min().orElse(Double.NaN);
            String ceiling = worst >= CEILING ? String.format(" Every network of every budget reaches at least %.3f: "
                    + "a ceiling, where this data cannot tell one shape from another.", worst) : "";
            out.add(String.format("%s: %s. At the largest budget (%d) the best depth is %d (test accuracy %.3f "
                    + "against %.3f at depth 1)%s.%s", DepthBudget.name(c), tests, best.spec().budget(),
                    best.spec().depth(), accuracy(best), accuracy(largest.first()), paperBeside(largest), ceiling));
        }
        return out;
    }

    /** GBC's Fig. 6.6 (3 layers: about 92%, 11: about 96.5%) beside ours at depth 3 and our deepest. */
    private static String paperBeside(Cells largest) {
        Cell three = largest.cells().stream().filter(x -> x.spec().depth() == 3).findFirst().orElse(null);
        Cell deepest = largest.last();
        if (three == null || deepest == three) {
            return "";
        }
        return String.format("; from depth 3 to depth %d it goes %+.1f points (%.3f to %.3f), where GBC's Fig. 6.6 "
                + "goes +4.5 from 3 layers to 11 (about 0.920 to 0.965)", deepest.spec().depth(),
                100 * (accuracy(deepest) - accuracy(three)), accuracy(three), accuracy(deepest));
    }

    /** Which width each budget gives each depth: the price of depth at a fixed budget. */
    static String widths(Cells c) {
        int inputs = c.data().inputs();
        int outputs = c.data().trainY().cols();
        List<String> parts = new ArrayList<>();
        c.by(Axis.BUDGET).forEach((name, line) -> parts.add(String.format("%s gives %d units at depth %d down to %d "
                + "at depth %d", name, line.first().spec().width(), line.first().spec().depth(),
                line.last().spec().width(), line.last().spec().depth())));
        return String.format("%s: %d inputs, %d classes; %d training and %d test points. At each budget a deeper "
                + "network is a narrower one: %s (the parameters each got are in the table and summary.csv).",
                c.data().description(), inputs, outputs, c.data().trainX().rows(), c.data().testX().rows(),
                String.join("; ", parts));
    }

    /** Per budget: depth 1, the best depth and the deepest, each with its interval, and the tests against depth 1. */
    static List<String> findings(Cells c) {
        int testItems = c.data().testX().rows();
        List<String> out = new ArrayList<>();
        c.by(Axis.BUDGET).forEach((name, line) -> {
            Cell one = line.first();
            Cell best = best(line);
            Cell deepest = line.last();
            StringBuilder sb = new StringBuilder(String.format("%s: test accuracy %s %s at depth %d (%d units), best "
                    + "%s %s at depth %d (%d units), %s %s at depth %d (%d units).", name, text(one),
                    one.accuracyCi95Text(testItems), one.spec().depth(), one.spec().width(), text(best),
                    best.accuracyCi95Text(testItems), best.spec().depth(), best.spec().width(), text(deepest),
                    deepest.accuracyCi95Text(testItems), deepest.spec().depth(), deepest.spec().width()));
            Verdicts v = verdicts(line);
            if (v.tested()) {
                sb.append(String.format(" Against depth 1 (Welch's t-test over the seeds, Holm-corrected over the "
                        + "%d deeper depths): better at %s, worse at %s.", line.cells().size() - 1,
                        depthsText(v.better()), depthsText(v.worse())));
            }
            Cell lowest = line.cells().stream().filter(x -> !x.trained().isEmpty())
                    .min(Comparator.comparingDouble(x -> x.stat(DepthBudget.TEST_LOSS).mean())).orElse(one);
            sb.append(String.format(" Test loss is lowest at depth %d (%.3f; %.3f at depth 1).",
                    lowest.spec().depth(), lowest.stat(DepthBudget.TEST_LOSS).mean(),
                    one.stat(DepthBudget.TEST_LOSS).mean()));
            out.add(sb.toString());
        });
        return out;
    }

    /** The depths significantly better and worse than depth 1, Holm-corrected; untested with one seed. */
    record Verdicts(boolean tested, List<Integer> better, List<Integer> worse) {
    }

    static Verdicts verdicts(Cells line) {
        Cell one = line.first();
        List<Cell> deeper = line.cells().subList(1, line.cells().size());
        double[] p = new double[deeper.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = SeedStats.welchP(one.values(Metric.TEST_ACCURACY), deeper.get(i).values(Metric.TEST_ACCURACY));
        }
        double[] adjusted = SeedStats.holm(p);
        List<Integer> better = new ArrayList<>();
        List<Integer> worse = new ArrayList<>();
        boolean tested = false;
        for (int i = 0; i < p.length; i++) {
            tested |= !Double.isNaN(adjusted[i]);
            if (adjusted[i] < 0.05) {
                (accuracy(deeper.get(i)) > accuracy(one) ? better : worse).add(deeper.get(i).spec().depth());
            }
        }
        return new Verdicts(tested, better, worse);
    }

    private static String depthsText(List<Integer> depths) {
        return depths.isEmpty() ? "none" : depths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Cells largest(Cells c) {
        int budget = c.grid().budgets().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return c.where(Axis.BUDGET, "budget " + budget);
    }

    private static Cell best(Cells line) {
        return line.cells().stream().max(Comparator.comparingDouble(DepthBudgetFindings::accuracy)).orElseThrow();
    }

    private static double accuracy(Cell c) {
        return c.trained().isEmpty() ? Double.NaN : c.stat(Metric.TEST_ACCURACY).mean();
    }

    private static String text(Cell c) {
        return c.meanText(Metric.TEST_ACCURACY, "%.3f");
    }
}
