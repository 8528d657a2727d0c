package org.backproplab.experiments.backproptrace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.experiments.training.StepTrace;
import org.backproplab.reporting.TracePlane;
import org.backproplab.reporting.TracedRun;

/**
 * The seeds' two examples as step-through pages: the 2-2-2 network's 10,000 updates, and the XOR network of the
 * second seed trained on from the seed's step by gradient descent. Each trains its own copy of the network with
 * the same loop as {@link SigmoidExample#train}, a {@link StepTrace} reading it at every step, so the page holds the
 * engine's numbers (step 0 is the seed's worked step).
 */
final class StepThroughs {
    /** Updates of the XOR network: 100 passes over the four samples, one sample a step, in the table's order. */
    static final int XOR_STEPS = 400;
    /** XOR's truth table in the seed's order: its step is on the first row. */
    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[] XOR_Y = {0, 1, 1, 0};

    private StepThroughs() {
    }

    /** The 2-2-2 example's steps: every one of the first 50 of 10,000, then thinning, with the slides' names. */
    static TracedRun sigmoid() {
        Network n = SigmoidExample.network();
        Workspace ws = n.workspace(1);
        StepTrace trace = new StepTrace(n, SigmoidExample.LOSS, null, null, SigmoidExample.STEPS, null);
        for (int step = 0; step < SigmoidExample.STEPS; step++) {
            n.forward(SigmoidExample.INPUT, ws);
            double loss = n.backward(SigmoidExample.TARGET, SigmoidExample.LOSS, ws);
            trace.beforeUpdate(SigmoidExample.INPUT, SigmoidExample.TARGET, loss, ws);
            SigmoidExample.SGD.step(n, ws.gradients());
            trace.afterUpdate();
        }
        Map<String, String> names = new HashMap<>();
        for (int l = 0; l < 2; l++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    names.put(l + "," + i + "," + j, SlidesDiagrams.WEIGHT[l][i][j]);
                }
            }
        }
        return new TracedRun("The 2-2-2 sigmoid example (seed 000_a7fa32dd237eadff), step by step",
                List.of("Inputs 0.05 and 0.10, targets 0.01 and 0.99, E = sum of 1/2 (target - out)^2, eta = "
                                + SigmoidExample.ETA + "; the biases b1 = " + SigmoidExample.B1 + " and b2 = "
                                + SigmoidExample.B2 + " are held fixed, as in the seed.",
                        "Steps recorded: every one of the first " + StepTrace.EVERY_STEP + " updates (step 0 is the "
                                + "first: the slides' worked pass), then each at least " + StepTrace.THINNING
                                + " times the one before, and the last (9,999) of 10,000.",
                        "Edges: blue positive weight, orange negative, thickness |w|; squares are the bias units. "
                                + "Hover over a unit or edge for its exact values; the table lists every value."),
                List.of("inputs", "hidden (sigmoid)", "outputs (sigmoid)"),
                List.of(List.of("i1", "i2"), List.of("h1", "h2"), List.of("o1", "o2")), List.of("b1", "b2"), names,
                trace.steps(), null);
    }

    /**
     * The second seed's 2-3-1 identity network (every weight 1, alpha 0.1) trained by gradient descent on
     * 1/2 (y_hat - y)^2, one sample a step through XOR's truth table; its first step is the one the seed works
     * by hand, under gradient descent (xor-trace.csv's gradient-descent rows). A network of identity units is
     * linear, and the page shows it: the boundary stays a straight line, no better than chance on XOR.
     */
    static TracedRun xor() {
        Network n = XorExample.network();
        Workspace ws = n.workspace(1);
        Loss loss = Loss.sumOfSquares();
        Sgd sgd = Sgd.withRate(XorExample.ALPHA);
        double[][] range = {{-0.1, 1.1}, {-0.1, 1.1}};
        StepTrace trace = new StepTrace(n, loss, null, null, XOR_STEPS, range);
        for (int step = 0; step < XOR_STEPS; step++) {
            Matrix x = Matrix.row(XOR_X[step % 4]);
            Matrix y = Matrix.row(XOR_Y[step % 4]);
            n.forward(x, ws);
            double e = n.backward(y, loss, ws);
            trace.beforeUpdate(x, y, e, ws);
            sgd.step(n, ws.gradients());
            trace.afterUpdate();
        }
        Map<String, String> names = new HashMap<>();
        for (int j = 1; j <= 3; j++) {
            for (int k = 1; k <= 2; k++) {
                names.put("0," + (k - 1) + "," + (j - 1), "W" + j + k);
            }
            names.put("1," + (j - 1) + ",0", "V0" + j);
        }
        int[] labels = new int[4];
        for (int k = 0; k < 4; k++) {
            labels[k] = (int) XOR_Y[k];
        }
        return new TracedRun("XOR with the 2-3-1 identity network of seed 004_e7081218ef15327e, by gradient descent",
                List.of("Every weight starts at 1 (bias weights W10, W20, W30 and V00 too), alpha = "
                                + XorExample.ALPHA + ", loss 1/2 (y_hat - y)^2, one sample a step in the order (0,0), "
                                + "(0,1), (1,0), (1,1): step 0 is the step the seed works by hand, done as gradient "
                                + "descent (xor-trace.csv, gradient-descent rows).",
                        "Each step's unit values, gradients and update are those of that step's own sample. "
                                + "Identity units make the network linear: its boundary can only be a straight line.",
                        "Steps recorded: every one of the first " + StepTrace.EVERY_STEP + ", then each at least "
                                + StepTrace.THINNING + " times the one before, and the last (" + (XOR_STEPS - 1)
                                + "). Boundary: the output read as the probability of 1, clipped to [0, 1], on "
                                + StepTrace.RESOLUTION + " x " + StepTrace.RESOLUTION + " cells."),
                List.of("inputs X", "hidden Z (identity)", "output D (identity)"),
                List.of(List.of("X1", "X2"), List.of("Z1", "Z2", "Z3"), List.of("D0")), List.of("X0", "Z0"), names,
                trace.steps(), new TracePlane(range[0], range[1], StepTrace.RESOLUTION, 2, XOR_X, labels));
    }
}
