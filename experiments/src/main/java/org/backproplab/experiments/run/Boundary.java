package org.backproplab.experiments.run;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.reporting.DecisionBoundary;

/**
 * What a network trained on a 2-D set makes of the plane: the run is trained again (it is seeded, so it is the
 * same network) and asked for its class probabilities over the plane around the training points.
 */
public final class Boundary {
    private Boundary() {
    }

    /** The decision boundary of the network {@code spec} trains, with the training points on top. */
    public static DecisionBoundary of(RunSpec spec, TrainingData data, String title) {
        return of(spec, data, title, 200);
    }

    /** The same on a {@code resolution x resolution} grid: 100 is enough for a panel of a contact sheet. */
    public static DecisionBoundary of(RunSpec spec, TrainingData data, String title, int resolution) {
        if (data.inputs() != 2) {
            throw new IllegalArgumentException("a decision boundary needs 2 inputs, the data has " + data.inputs());
        }
        Network network = TrainingRun.trainedNetwork(spec, data);
        Workspace ws = network.workspace(1);
        Matrix x = new Matrix(1, 2);
        int n = data.trainX().rows();
        double[][] points = new double[n][];
        int[] labels = new int[n];
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {data.trainX().get(i, 0), data.trainX().get(i, 1)};
            for (int k = 0; k < data.classes(); k++) {
                if (data.trainY().get(i, k) == 1.0) {
                    labels[i] = k;
                }
            }
            for (int d = 0; d < 2; d++) {
                lo[d] = Math.min(lo[d], points[i][d]);
                hi[d] = Math.max(hi[d], points[i][d]);
            }
        }
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < data.classes(); k++) {
            classes.add("class " + k);
        }
        double mx = 0.1 * (hi[0] - lo[0]);
        double my = 0.1 * (hi[1] - lo[1]);
        return new DecisionBoundary(title, "x1", "x2", classes, new double[] {lo[0] - mx, hi[0] + mx},
                new double[] {lo[1] - my, hi[1] + my}, resolution, (a, b) -> {
                    x.set(0, 0, a);
                    x.set(0, 1, b);
                    return softmax(network.forward(x, ws));
                }, points, labels);
    }

    /** The identity output layer's values as probabilities, as the softmax cross-entropy loss reads them. */
    private static double[] softmax(Matrix out) {
        int k = out.cols();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, out.get(0, j));
        }
        double[] p = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            p[j] = Math.exp(out.get(0, j) - max);
            sum += p[j];
        }
        for (int j = 0; j < k; j++) {
            p[j] /= sum;
        }
        return p;
    }
}
