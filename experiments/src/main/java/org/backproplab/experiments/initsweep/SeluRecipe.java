package org.backproplab.experiments.initsweep;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.ProbeSetLayers;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * Klambauer, Unterthiner, Mayr and Hochreiter (2017), "Self-Normalizing Neural Networks", section 3 and
 * Theorem 1: SELU units started with LeCun's normal initialization drive each layer's outputs to mean 0 and
 * variance 1, however deep the network. Measured here at initialization through 30 hidden layers of 64 units, for
 * SELU, ReLU and tanh each with its matched initialization (LeCun normal, He, Xavier) and with the standard
 * U[-1/sqrt(n_in), 1/sqrt(n_in)], then again after the first epochs of training.
 */
final class SeluRecipe {
    static final Sweep SWEEP = Sweep.named("init-sweep, self-normalizing networks", "Klambauer et al. 2017")
            .with(Axis.ACTIVATIONS, "selu,relu,tanh")
            .with(Axis.INIT, Grid.AUTO + ",uniform")
            .with(Axis.DEPTHS, "30")
            .with(Axis.WIDTH, "64")
            .with(Axis.LR, "0.01")
            .epochs(2)
            .seeds(1, 1)
            .swept(Axis.ACTIVATIONS, Axis.INIT)
            .probes(HeRecipe.SPREAD);

    private SeluRecipe() {
    }

    static String recipe(Cells c) {
        return String.format("Their claim: SELU with LeCun's normal initialization keeps every layer's outputs "
                + "near mean 0 and variance 1 (a fixed point of the layer-to-layer map, Theorem 1), so no "
                + "normalization layer is needed. Ours: %d hidden layers of %d units, each activation with its "
                + "matched and with the standard initialization, %s, spread read on 500 training images drawn "
                + "across the digits, then %s of SGD at %s. How this differs from theirs: the theorem assumes "
                + "inputs standardized to mean 0 and variance 1, and ours are centred but not scaled to variance 1, so "
                + "the first layers start below variance 1 and approach the fixed point from there; their networks "
                + "are trained on their own benchmarks, not on these digits.",
                c.grid().depth(), c.grid().width(), c.data().description(),
                org.backproplab.experiments.study.Counts.epochs(c.grid().epochs()), c.grid().learningRateText());
    }

    private static String network(Cells c, Cell cell) {
        String init = cell.spec().initializer().name();
        return cell.spec().hidden().name() + ", " + (init.equals("uniform") ? "standard" : init);
    }

    /** {@code reading} (mean or sd) of each hidden layer at {@code epoch}, one line per network. */
    static Figure byLayer(Cells c, String reading, int epoch, String title, String yLabel, Scale scale) {
        List<Series> lines = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double[] v = HeRecipe.SPREAD.reading(cell.first(), reading)[epoch];
            double[] x = new double[v.length];
            for (int l = 0; l < v.length; l++) {
                x[l] = l + 1;
            }
            lines.add(Series.of(network(c, cell), x, scale == Scale.LOG ? positive(v) : v));
        }
        return new LineChart(title, "hidden layer (1 = nearest the input)", yLabel, lines, scale, true);
    }

    /** A log axis has no place for 0 (a layer of ReLU units all silent): shown at 1e-12, below anything else. */
    private static double[] positive(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], 1e-12);
        }
        return out;
    }

    /** Three decimals, without the "-0.000" of a tiny negative mean. */
    private static String signed(double v) {
        String s = String.format("%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    /** For each network: the last hidden layer's mean and sd at initialization and after training started. */
    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        int last = c.grid().depth() - 1;
        int epochs = c.grid().epochs();
        for (Cell cell : c.cells()) {
            double[][] mean = HeRecipe.SPREAD.reading(cell.first(), ProbeSetLayers.MEAN);
            double[][] sd = HeRecipe.SPREAD.reading(cell.first(), ProbeSetLayers.SD);
            int end = Math.min(epochs, mean.length - 1);
            out.add(String.format("%s: layer %d has mean %s and sd %.3g at initialization, mean %s and sd %.3g "
                    + "after %d epoch%s.", network(c, cell), last + 1, signed(mean[0][last]), sd[0][last],
                    signed(mean[end][last]), sd[end][last], end, end == 1 ? "" : "s"));
        }
        return out;
    }
}
