package org.backproplab.experiments.training;

import java.util.List;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * Every hidden unit's output on {@code rows} training samples drawn across the classes ({@link AcrossClasses}; 0:
 * all of them) after the last epoch: the distributions Glorot and Bengio (2010) plot layer by layer, where a
 * saturated sigmoid layer piles up at 0 and 1.
 * Stored as {@code "outputs"}, {@code [hidden layer][sample x unit]}.
 */
public record LayerOutputs(int rows, Which which) implements Probe {
    static final String OUTPUTS = "outputs";

    public LayerOutputs {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0 (0: every training sample), got " + rows);
        }
    }

    /** On the whole training set. */
    public static LayerOutputs onTrainingSet(Which which) {
        return new LayerOutputs(0, which);
    }

    @Override
    public String name() {
        return rows == 0 ? "layer-outputs" : "layer-outputs-across-classes-" + rows;
    }

    /** {@code [hidden layer][values]} of {@code run}, which this probe measured. */
    public double[][] outputs(RunResult run) {
        return run.measured(this).get(OUTPUTS);
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        Matrix x = AcrossClasses.take(data.trainX(), AcrossClasses.rows(data.trainY(),
                rows == 0 ? data.trainX().rows() : rows));
        Workspace ws = network.workspace(x.rows());
        int hidden = network.layers().size() - 1;
        double[][] outputs = new double[hidden][];
        return new Recorder() {
            @Override
            public void epoch(int epoch, boolean last) {
                if (last) {
                    network.forward(x, ws);
                    for (int l = 0; l < hidden; l++) {
                        outputs[l] = ws.out(l).data().clone();
                    }
                }
            }

            @Override
            public Measurements result() {
                return new Measurements(java.util.Map.of(OUTPUTS, outputs));
            }
        };
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        return saved.has(List.of(OUTPUTS), spec.depth());
    }
}
