package org.backproplab.experiments.activationfamilies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.stats.EpochMeans;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Drawn;
import org.backproplab.experiments.study.LayerHistogram;
import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.study.Report;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.LayerOutputs;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.experiments.training.Which;
import org.backproplab.reporting.Colours;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.LineChart;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Scale;
import org.backproplab.reporting.Series;

/**
 * {@code -Dexp=activation-families}: sigmoid, tanh and ReLU in one deep network on real digits, followed through
 * training: loss and accuracy curves, and the gradient reaching every layer at every epoch, so that the vanishing
 * gradient and ReLU's fix show as numbers and as the reason for the curves.
 */
public final class ActivationFamilies {
    /** Each hidden layer's outputs on the training set after training, for the first seed's histograms. */
    static final LayerOutputs OUTPUTS = LayerOutputs.onTrainingSet(Which.firstSeed());

    static final Report<Cells> REPORT = Report.<Cells>titled("Sigmoid, tanh and ReLU in a deep network")
            .text(ActivationFamiliesFindings::recipe)
            .findings(ActivationFamiliesFindings::findings)
            .figure("gradient-by-layer-init.png", "Gradient per layer at initialization",
                    c -> byLayer(c, "at initialization", RunResult::first))
            .figure("gradient-by-layer-end.png", "Gradient per layer after training",
                    c -> byLayer(c, "after training", RunResult::last))
            .figure("first-layer-gradient.png", "Gradient of the first hidden layer during training",
                    c -> curves(c, "|dJ/dW| of the first hidden layer", "|dJ/dW| on the training set (log scale)",
                            e -> e.layerGradients()[0], Scale.LOG))
            .figure("loss.png", "Training loss", c -> curves(c, "Training loss", "training loss (log scale)",
                    EpochRecord::trainLoss, Scale.LOG))
            .figure("accuracy.png", "Test accuracy", c -> curves(c, "Test accuracy", "test accuracy",
                    EpochRecord::testAccuracy, Scale.LINEAR).asFraction())
            .figures(ActivationFamilies::saturation)
            .figures(ActivationFamilies::outputs)
            .text(c -> SeedStats.INTERVALS + " " + SeedStats.fewSeedsNote(c.seeds()))
            .text("Every layer of every epoch of every run is in epochs.csv.")
            .csv("epochs.csv", List.of("activation", "seed", "epoch", "layer", "weight_grad_norm", "train_loss",
                    "test_accuracy"), ActivationFamilies::everyLayer);

    public static final Sweep SWEEP = Sweep.named("activation-families",
                    "sigmoid vs tanh vs ReLU, 8 hidden layers on digits: loss, accuracy, gradient per layer")
            .with(Axis.DEPTHS, "8")
            .epochs(40)
            .quick("seeds", "1", "epochs", "3", "depths", "4")
            .probes(OUTPUTS)
            .report(REPORT);

    private ActivationFamilies() {
    }

    /** The layers with weights, hidden and output: the length of every record's {@code layerGradients}. */
    static int layers(Cells c) {
        return c.first().first().first().layerGradients().length;
    }

    /** One line per activation over the epochs: the mean of {@code value} over the runs still training, +/- 1 sd. */
    static LineChart curves(Cells c, String title, String yLabel, ToDoubleFunction<EpochRecord> value, Scale scale) {
        List<Series> series = new ArrayList<>();
        boolean ragged = false;
        for (Cell cell : c.cells()) {
            EpochMeans mean = EpochMeans.of(cell.runs(), value);
            ragged |= mean.ragged();
            series.add(mean.series(cell.spec().hidden().name(), true));
        }
        return new LineChart(title + " (" + Counts.meanOf(c.seeds(), true) + (ragged ? "; " + EpochMeans.RAGGED
                : "") + ")", "epoch", yLabel, series, scale, true);
    }

    /** One line per activation over the layers: each layer's {@code |dJ/dW|} in the record {@code at} picks. */
    static LineChart byLayer(Cells c, String when, Function<RunResult, EpochRecord> at) {
        int layers = layers(c);
        double[] layerAxis = new double[layers];
        for (int l = 0; l < layers; l++) {
            layerAxis[l] = l + 1;
        }
        List<Series> series = new ArrayList<>();
        for (Cell cell : c.cells()) {
            double[] mean = new double[layers];
            double[] sd = new double[layers];
            for (int l = 0; l < layers; l++) {
                final int layer = l;
                MeanSd m = cell.stat(new Metric("layer_" + (l + 1) + "_gradient",
                        r -> at.apply(r).layerGradients()[layer]));
                mean[l] = m.mean();
                sd[l] = m.sd();
            }
            series.add(new Series(cell.spec().hidden().name(), layerAxis, mean, sd));
        }
        return new LineChart("|dJ/dW| per layer " + when + " (layer " + layers + " is the output; "
                + Counts.meanOf(c.seeds(), true) + ")", "layer (1 = nearest the input)",
                "|dJ/dW| on the training set (log scale)", series, Scale.LOG, true);
    }

    /**
     * Per activation, the fraction of saturated outputs of each hidden layer over the epochs, each epoch the mean
     * over the seeds still training.
     */
    static List<Drawn> saturation(Cells c) {
        int hidden = layers(c) - 1;
        List<Drawn> out = new ArrayList<>();
        for (Cell cell : c.cells()) {
            List<Series> lines = new ArrayList<>();
            List<String> names = new ArrayList<>();
            boolean ragged = false;
            for (int l = 0; l < hidden; l++) {
                final int layer = l;
                EpochMeans mean = EpochMeans.of(cell.runs(), e -> layer < e.layerSaturation().length
                        ? e.layerSaturation()[layer] : Double.NaN);
                ragged |= mean.ragged();
                names.add("hidden layer " + (l + 1));
                lines.add(mean.series(names.get(l), false));
            }
            String activation = cell.spec().hidden().name();
            out.add(drawn("saturation-" + activation + ".png", new LineChart("Saturated outputs per hidden layer, "
                    + activation + " (" + cell.spec().hidden().saturationDefinition() + "; "
                    + Counts.meanOf(cell.seeds(), false) + (ragged ? "; " + EpochMeans.RAGGED : "") + ")", "epoch",
                    "fraction of outputs saturated", lines, Scale.LINEAR, true).asFraction()
                    .withColours(Colours.ordered(names))));
        }
        return out;
    }

    /** Per activation, every hidden layer's outputs over the training set after training, as the first seed's probe. */
    static List<Drawn> outputs(Cells c) {
        List<Drawn> out = new ArrayList<>();
        for (Cell cell : c.cells()) {
            RunResult run = cell.first();
            String activation = cell.spec().hidden().name();
            out.add(drawn("outputs-" + activation + ".png", LayerHistogram.sized(LayerHistogram.of(
                    "Hidden-layer outputs after training, " + activation + ", seed " + run.spec().seed()
                            + " (count: units x training samples)", "unit output", OUTPUTS.outputs(run)))));
        }
        return out;
    }

    /** A figure captioned by its file name: "saturation-relu.png" is "saturation relu". */
    private static Drawn drawn(String file, Figure figure) {
        return new Drawn(file, file.replace(".png", "").replace('-', ' '), figure);
    }

    /** epochs.csv: every layer's gradient at every epoch of every run, with that epoch's loss and accuracy. */
    static List<List<Object>> everyLayer(Cells c) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : c.runs()) {
            for (EpochRecord e : r.epochs()) {
                double[] g = e.layerGradients();
                for (int l = 0; l < g.length; l++) {
                    rows.add(List.<Object>of(r.spec().hidden().name(), r.spec().seed(), e.epoch(), l + 1, g[l],
                            e.trainLoss(), e.testAccuracy()));
                }
            }
        }
        return rows;
    }
}
