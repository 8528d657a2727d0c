package org.backproplab.experiments.linearregions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;

/** What the linear-regions report says: the claim, the bounds drawn, and the findings read off the counts. */
final class LinearRegionsFindings {
    static final String CLAIM = "The claim checked: Montufar, Pascanu, Cho and Bengio (2014, \"On the number of "
            + "linear regions of deep neural networks\") show that the number of linear regions a ReLU network can "
            + "carve grows exponentially with its depth and only polynomially with its width: with n0 inputs and L "
            + "hidden layers of n >= n0 units, some weights give at least prod_{i=1}^{L-1} floor(n/n0)^n0 * "
            + "sum_{j=0}^{n0} C(n, j) regions, where one layer of the same N = L n units can give at most "
            + "sum_{j=0}^{n0} C(N, j). For the plane (n0 = 2) and 48 units: one layer, at most 1 + 48 + 1128 = 1,177; "
            + "8 layers of 6, at least 9^7 * 22 = 105,225,318. Their bound is about the best weights; it says nothing "
            + "of the weights a network starts from or learns, which is what is measured here. Hanin and Rolnick "
            + "(2019, \"Deep ReLU networks have surprisingly few activation patterns\") argue that those typical "
            + "weights, at initialization and after training, give a count that grows with the number of units, "
            + "not exponentially with depth: the numbers below can be read against both.";

    static final String BOUNDS = "The lines drawn beside the counts: (1) Montufar et al.'s lower bound above, for "
            + "each depth's shape, because it is the claim, the number that the best weights of that shape reach at "
            + "least; (2) one layer of all N units, 1 + N + C(N, 2), the exact maximum of a shallow network of the "
            + "same units (N lines in general position, Zaslavsky's count), which every deeper network must beat for "
            + "depth to have paid in regions; (3) an upper bound for any weights, min((1 + n + C(n, 2))^L, 2^N): on "
            + "each region of the layers before it a layer's n units are n lines, which cut it into at most "
            + "1 + n + C(n, 2) pieces, and N units have 2^N on/off patterns; (4) the grid's 160,000 cells, the most "
            + "it can see. Counted are activation regions: the sets of inputs where every hidden unit is on or off "
            + "alike, on each of which the network is one affine map; each is convex, so one pattern is one "
            + "region. The grid count is a lower bound (a region no cell centre falls in is missed); along the "
            + "plane's two diagonals and two midlines the regions are also counted exactly, by solving for every "
            + "point where a unit's net input changes sign, and beside that, as the grid's 400 points along each "
            + "segment see them: where the two agree, the grid misses little.";

    private LinearRegionsFindings() {
    }

    static String recipe(Cells c) {
        Grid g = c.grid();
        return String.format("ReLU networks of %s hidden units in all, split evenly over %s (He's "
                + "initialization), an identity output layer and softmax cross-entropy, trained by mini-batch %s "
                + "(learning rate %s, batch %d) for %s, over %s. Data: %s, %d training points. Regions are counted "
                + "at initialization and after the last epoch, over a %d x %d grid of the training points' range "
                + "and a tenth more on each side.", String.join(", ", g.units().stream().map(String::valueOf)
                .toList()), Counts.depths(g.depths()).replace("depths", "depths") + " hidden layers",
                g.optimizer(), g.learningRateText(), g.batch(), Counts.epochs(g.epochs()), Counts.seeds(g.seeds()),
                c.data().description(), c.data().trainX().rows(), LinearRegions.RESOLUTION,
                LinearRegions.RESOLUTION);
    }

    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        c.by(Axis.UNITS).forEach((units, line) -> {
            Cell shallow = line.first();
            Cell deep = line.last();
            int n = (int) Axis.UNITS.value(shallow.spec());
            for (boolean trained : new boolean[] {false, true}) {
                Metric m = trained ? LinearRegions.GRID_TRAINED : LinearRegions.GRID_INIT;
                double from = geometricMean(shallow, m);
                double to = geometricMean(deep, m);
                int layers = deep.spec().depth() - shallow.spec().depth();
                double perLayer = layers == 0 ? 1 : Math.pow(to / from, 1.0 / layers);
                double bound = Bounds.montufarLower(deep.spec().depth(), deep.spec().width());
                double boundPerLayer = layers == 0 ? 1 : Math.pow(bound / Bounds.montufarLower(shallow.spec().depth(),
                        shallow.spec().width()), 1.0 / layers);
                double p = SeedStats.welchP(logs(shallow, m), logs(deep, m));
                out.add(String.format("%s, %s: the grid sees %s regions at depth %d (%d x %d; the most one layer of "
                        + "%d units can make is %,.0f) and %s at depth %d (%d x %d), x%.2f per added layer, where "
                        + "Montufar et al.'s lower bound grows x%,.1f per layer to %,.0f at depth %d: ours are %s of "
                        + "it.%s", units, trained ? "after training" : "at initialization", whole(from),
                        shallow.spec().depth(), shallow.spec().depth(), shallow.spec().width(), n,
                        Bounds.arrangement(n), whole(to), deep.spec().depth(), deep.spec().depth(),
                        deep.spec().width(), perLayer, boundPerLayer, bound, deep.spec().depth(),
                        String.format("%.1e", to / bound), Double.isNaN(p) ? "" : String.format(" Depth %d against "
                        + "depth %d: %s (Welch's t-test on the log counts over the seeds, p = %.2g).",
                        deep.spec().depth(), shallow.spec().depth(), p < 0.05 ? "a real difference"
                        : "no difference the seeds can tell from noise", p)));
            }
            out.add(training(line));
            Cell most = line.cells().stream().max(java.util.Comparator.comparingDouble(x -> geometricMean(x,
                    LinearRegions.GRID_TRAINED))).orElseThrow();
            Cell best = line.cells().stream().max(java.util.Comparator.comparingDouble(x -> x.stat(Metric
                    .TEST_ACCURACY).mean())).orElseThrow();
            out.add(String.format("After training the most regions are at depth %d (%s), and the best test accuracy "
                    + "on the %s at depth %d (%.3f; %.3f at depth %d): the count and the fit peak %s.",
                    most.spec().depth(), whole(geometricMean(most, LinearRegions.GRID_TRAINED)),
                    c.grid().dataset().name(), best.spec().depth(),
                    best.stat(Metric.TEST_ACCURACY).mean(), shallow.stat(Metric.TEST_ACCURACY).mean(),
                    shallow.spec().depth(), most == best ? "together" : "at different depths"));
            String init = shallow.spec().initializer().name();
            // Every initializer but Nielsen's (and a constant) starts the biases at 0: the wedges below follow.
            if (shallow.spec().depth() != 1 || init.equals("nielsen") || init.startsWith("constant")) {
                return;
            }
            out.add(String.format("Why so few at initialization: the initialization (" + init + ") starts every bias at 0, so the "
                    + "network is positively homogeneous (f(c x) = c f(x) for c > 0) and every region is a wedge from "
                    + "the origin; one layer's %d lines all pass through it and make exactly 2 x %d = %d wedges, of "
                    + "which the grid sees %s at depth 1. Training moves the biases and the lines apart.", n, n,
                    2 * n, whole(geometricMean(shallow, LinearRegions.GRID_INIT))));
        });
        out.add(crossCheck(c));
        return out;
    }

    /** How training changed the count at each depth: the ratio, with a paired test on the logs where seeds allow. */
    private static String training(Cells line) {
        List<String> parts = new ArrayList<>();
        for (Cell cell : line.cells()) {
            double[] before = cell.values(LinearRegions.GRID_INIT);
            double[] after = cell.values(LinearRegions.GRID_TRAINED);
            double[] ratio = new double[before.length];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = Math.log(after[i] / before[i]);
            }
            double p = SeedStats.oneSampleP(ratio);
            parts.add(String.format("x%.2f at depth %d%s", Math.exp(Arrays.stream(ratio).average().orElse(0)),
                    cell.spec().depth(), Double.isNaN(p) ? "" : String.format(" (p = %.2g)", p)));
        }
        return "Training multiplies the count by " + String.join(", ", parts) + (line.seeds() > 1 ? " (p: "
                + "one-sample t-test of log(trained / initial) over the seeds, paired by seed)." : ".");
    }

    /** The exact counts along the four segments against what the grid's points along them see. */
    private static String crossCheck(Cells c) {
        double exact = 0;
        double sampled = 0;
        int over = 0;
        for (Cell cell : c.cells()) {
            for (var r : cell.trained()) {
                for (Metric[] pair : new Metric[][] {{LinearRegions.LINES_INIT, LinearRegions.SAMPLED_INIT},
                        {LinearRegions.LINES_TRAINED, LinearRegions.SAMPLED_TRAINED}}) {
                    exact += pair[0].of(r);
                    sampled += pair[1].of(r);
                    over += pair[1].of(r) > pair[0].of(r) ? 1 : 0;
                }
            }
        }
        return String.format("Cross-check along the four segments, every run at both times: the exact count finds "
                + "%,.0f regions crossed, the grid's %d points per segment see %,.0f of them (%.1f%%)%s. The segments "
                + "all pass the centre of the plane, where regions are thinnest (at initialization every first-layer "
                + "line meets there), so that share is a pessimistic guide to what the grid misses in the plane; its "
                + "counts above are lower bounds either way.", exact, LinearRegions.RESOLUTION, sampled, 100 * sampled / exact, over == 0
                ? "; the points never see more than the exact count, as they must not"
                : String.format("; in %d counts the points saw more than the exact count, which should be "
                        + "impossible", over));
    }

    static List<List<String>> table(Cells c) {
        List<List<String>> rows = new ArrayList<>();
        for (Cell cell : c.cells()) {
            int depth = cell.spec().depth();
            int width = cell.spec().width();
            rows.add(List.of(Integer.toString(depth * width), Integer.toString(depth), Integer.toString(width),
                    String.format("%,.0f", Bounds.montufarLower(depth, width)),
                    String.format("%.3g", Bounds.upper(depth, width)), mean(cell, LinearRegions.GRID_INIT),
                    mean(cell, LinearRegions.GRID_TRAINED), mean(cell, LinearRegions.LINES_INIT),
                    mean(cell, LinearRegions.LINES_TRAINED), mean(cell, LinearRegions.SAMPLED_TRAINED),
                    cell.meanText(Metric.TEST_ACCURACY, "%.3f")));
        }
        return rows;
    }

    private static String mean(Cell cell, Metric m) {
        return cell.meanText(m, "%,.0f");
    }

    private static double[] logs(Cell cell, Metric m) {
        return Arrays.stream(cell.values(m)).map(Math::log).toArray();
    }

    private static double geometricMean(Cell cell, Metric m) {
        return Math.exp(Arrays.stream(logs(cell, m)).average().orElse(Double.NaN));
    }

    private static String whole(double v) {
        return String.format("%,.0f", v);
    }
}
