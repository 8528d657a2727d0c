package org.backproplab.experiments.depthsweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Defaults;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;

/** What the depth sweep's report says: its recipe in words and the findings read off its numbers. */
final class DepthSweepFindings {
    /** Why, in the slides' terms: the argument the numbers are to be compared with. */
    static final String WHY = "Why, in the slides' terms: back-propagation is the chain rule (eq. 6.44-6.46); it "
            + "carries the error to layer l as delta_l = (W_{l+1}^T delta_{l+1}) * f'(net_l), so, as in the chain "
            + "z = f(f(f(w))) of eq. 6.50-6.52, one factor f'(net) multiplies in per layer. The "
            + "sigmoid's f' is at most 1/4, tanh's at most 1 (and 1 only at net = 0), ReLU's exactly 1 on every "
            + "active unit; the initializations (Xavier for sigmoid and tanh, He for ReLU) are chosen to keep "
            + "the weights' own factor near 1. The numbers above are measured, not assumed: compare them with "
            + "this argument.";

    private DepthSweepFindings() {
    }

    static String recipe(Cells c) {
        Grid config = c.grid();
        // A width solved from a budget or a unit count differs from depth to depth: the recipe says which.
        String layers = config.budgets().isEmpty() && config.units().isEmpty() ? config.width() + "-unit hidden layers"
                : "hidden layers of widths " + config.widthText();
        return String.format("Each network has %s of one activation, an identity output "
                + "layer and softmax cross-entropy, trained by mini-batch " + config.optimizer()
                + " (learning rate %s, batch %d) "
                + "for %s, from %s initialization, over %s. Data: %s; %d training and %d test "
                + "samples.", layers, config.learningRateText(), config.batch(), Counts.epochs(config.epochs()),
                config.initText(), Counts.seeds(config.seeds()), c.data().description(), c.data().trainX().rows(),
                c.data().testX().rows());
    }

    /** Why each activation has its own rate, where it has (null when the user set one). */
    static String rates(Cells c) {
        if (!c.grid().learningRates().isEmpty()) {
            return null;
        }
        return "Each activation trains at its own learning rate, the one at which its networks of one or "
                + "two hidden layers train well on " + (Defaults.ratesTunedOn(c.grid().dataset()) ? "this data"
                : "digits and the 2-D sets (chosen there, not on this data: a sweep of -Dlr on it, as in "
                + "lr-sweep, tells whether they suit it)") + "; one shared rate leaves the sigmoid barely moving "
                + "or makes deep ReLU networks blow up. The sigmoid gets the largest step, so where it fails at "
                + "depth it is not for want of step size. -Dlr=x sets one rate for all.";
    }

    /**
     * Plain sentences read off the numbers, so the report says what this run found rather than what we hoped:
     * if sigmoid trained well at depth 8 in some configuration, the report would say so.
     */
    static List<String> findings(Cells c) {
        double chance = 1.0 / c.data().classes();
        List<String> out = new ArrayList<>();
        c.by(Axis.ACTIVATIONS).forEach((name, cells) -> {
            List<Cell> mine = cells.cells();
            Cell shallow = mine.get(0);
            Cell deepest = mine.get(mine.size() - 1);
            Cell best = mine.stream().max(Comparator.comparingDouble(x -> accuracy(x))).orElseThrow();
            StringBuilder line = new StringBuilder(String.format("%s: test accuracy %s at depth %d, best %s at "
                    + "depth %d, %s at depth %d.", name, accuracy(shallow, chance), depth(shallow),
                    accuracy(best, chance), depth(best), accuracy(deepest, chance), depth(deepest)));
            // The first depth from which every deeper network guesses: where training stops reaching the input.
            Integer chanceFrom = null;
            for (int k = mine.size() - 1; k >= 0 && accuracy(mine.get(k)) < chance + 0.02; k--) {
                chanceFrom = depth(mine.get(k));
            }
            if (chanceFrom != null) {
                line.append(String.format(" From depth %d on it does no better than guessing.", chanceFrom));
            }
            if (shallow != deepest && shallow.seeds() >= 2 && deepest.seeds() >= 2) {
                double p = SeedStats.welchP(shallow.values(Metric.TEST_ACCURACY),
                        deepest.values(Metric.TEST_ACCURACY));
                line.append(Double.isNaN(p) ? "" : String.format(" Depth %d against depth %d: %s (Welch's t-test over "
                        + "the seeds, p = %.2g).", depth(deepest), depth(shallow), p < 0.05 ? "a real difference"
                        : "no difference the seeds can tell from noise", p));
            }
            if (depth(deepest) > depth(shallow)) {
                double from = shallow.stat(Metric.GRADIENT_RATIO_AT_INIT).mean();
                double to = deepest.stat(Metric.GRADIENT_RATIO_AT_INIT).mean();
                // The geometric mean factor per added layer: the slides' picture is one multiplication per layer.
                double perLayer = Math.pow(to / from, 1.0 / (depth(deepest) - depth(shallow)));
                line.append(String.format(" At initialization the gradient reaching the first layer is %.1e of "
                        + "the output layer's at depth %d and %.1e at depth %d: %s.", from, depth(shallow), to,
                        depth(deepest), perLayerWords(perLayer)));
            }
            out.add(line.toString());
        });
        return out;
    }

    private static int depth(Cell c) {
        return c.spec().depth();
    }

    private static double accuracy(Cell c) {
        return c.stat(Metric.TEST_ACCURACY).mean();
    }

    private static String accuracy(Cell c, double chance) {
        double acc = accuracy(c);
        // Within two points of guessing the most common class: the network learned nothing usable.
        return String.format("%.3f", acc) + (acc < chance + 0.02 ? " (chance level)" : "");
    }

    static String perLayerWords(double factor) {
        if (factor < 0.8) {
            return String.format("it shrinks by a factor of %.1f with every added layer, the vanishing gradient",
                    1.0 / factor);
        }
        if (factor > 1.25) {
            return String.format("it grows by a factor of %.1f with every added layer, an exploding gradient",
                    factor);
        }
        return String.format("it holds roughly steady (x%.2f per added layer)", factor);
    }
}
