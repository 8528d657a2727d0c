package org.backproplab.experiments.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.train.Instruments;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * Nielsen's measurement (chapter 5): at initialization and after every epoch, every hidden layer of the network
 * on a fixed probe of {@code rows} training samples drawn across the classes ({@link AcrossClasses}): the norm of {@code dJ/db} for that batch (its mean
 * gradient, so each norm is the average over the probe's samples), the mean and spread of the layer's outputs and
 * the fraction saturated. Each stored {@code [epoch][hidden layer]}.
 */
public record ProbeSetLayers(int rows, Which which) implements Probe {
    public static final String BIAS_GRADIENT = "biasGradient";
    public static final String MEAN = "activationMean";
    public static final String SD = "activationSd";
    public static final String SATURATION = "saturation";
    private static final List<String> ALL = List.of(BIAS_GRADIENT, MEAN, SD, SATURATION);

    public ProbeSetLayers {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, got " + rows);
        }
    }

    @Override
    public String name() {
        // "across-classes": the probe was the first rows once; runs saved with that probe are measured again.
        return "probe-set-layers-across-classes-" + rows;
    }

    /** {@code [epoch][hidden layer]} of {@code reading} (one of the constants above) in {@code run}. */
    public double[][] reading(RunResult run, String reading) {
        return run.measured(this).get(reading);
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        int probe = Math.min(rows, data.trainX().rows());
        int[] sample = AcrossClasses.rows(data.trainY(), probe);
        Matrix px = AcrossClasses.take(data.trainX(), sample);
        Matrix py = AcrossClasses.take(data.trainY(), sample);
        Workspace ws = network.workspace(probe);
        Instruments instruments = new Instruments(network);
        int hidden = network.layers().size() - 1;
        List<double[]> grad = new java.util.ArrayList<>();
        List<double[]> mean = new java.util.ArrayList<>();
        List<double[]> sd = new java.util.ArrayList<>();
        List<double[]> sat = new java.util.ArrayList<>();
        return new Recorder() {
            @Override
            public void epoch(int epoch, boolean last) {
                network.forward(px, ws);
                network.backward(py, spec.loss(), ws);
                instruments.beforeUpdate(ws);
                double[] g = new double[hidden];
                double[] m = new double[hidden];
                double[] s = new double[hidden];
                double[] f = new double[hidden];
                for (int l = 0; l < hidden; l++) {
                    g[l] = instruments.biasGradientNorm(l);
                    m[l] = instruments.activationMean(l);
                    s[l] = instruments.activationSd(l);
                    f[l] = instruments.saturation(l);
                }
                grad.add(g);
                mean.add(m);
                sd.add(s);
                sat.add(f);
            }

            @Override
            public Measurements result() {
                Map<String, double[][]> out = new LinkedHashMap<>();
                out.put(BIAS_GRADIENT, grad.toArray(double[][]::new));
                out.put(MEAN, mean.toArray(double[][]::new));
                out.put(SD, sd.toArray(double[][]::new));
                out.put(SATURATION, sat.toArray(double[][]::new));
                return new Measurements(out);
            }
        };
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        return saved.has(ALL, epochs);
    }
}
