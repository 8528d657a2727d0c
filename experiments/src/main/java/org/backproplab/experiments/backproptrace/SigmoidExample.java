package org.backproplab.experiments.backproptrace;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Explicit;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.matrix.MatrixKernels;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;

/**
 * The first seed's worked example (000_a7fa32dd237eadff.txt): a 2-2-2 sigmoid network, inputs 0.05 and 0.10,
 * targets 0.01 and 0.99, weights w1..w8, one bias per layer (b1 = 0.35, b2 = 0.60) that is never updated,
 * the sum-of-squares error and a learning rate of 0.5, run on the engine.
 *
 * <p>The seed's weight names map onto the engine's {@code nIn x nOut} matrices as follows (w1 and w2 feed h1,
 * w3 and w4 feed h2, w5 and w6 feed o1, w7 and w8 feed o2, as its forward-pass slide computes them):
 * <pre>
 *   layer 0: [[w1, w3],      layer 1: [[w5, w7],
 *             [w2, w4]]                [w6, w8]]
 * </pre>
 * The seed's shared bias b1 becomes the two equal biases (b1, b1), held fixed by a zero bias learning rate.
 */
public final class SigmoidExample {
    public static final double I1 = 0.05;
    public static final double I2 = 0.10;
    public static final double TARGET_O1 = 0.01;
    public static final double TARGET_O2 = 0.99;
    public static final double B1 = 0.35;
    public static final double B2 = 0.60;
    public static final double ETA = 0.5;
    public static final double[] W = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
    public static final int STEPS = 10_000;

    /** (layer, row, column) of w1..w8 in the engine's weight matrices. */
    private static final int[][] WEIGHT_INDEX = {
        {0, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 1}, {1, 0, 0}, {1, 1, 0}, {1, 0, 1}, {1, 1, 1}};

    public static final NetworkSpec SPEC = NetworkSpec.of(2,
            new LayerSpec(2, Activation.sigmoid()), new LayerSpec(2, Activation.sigmoid()));
    public static final Loss LOSS = Loss.sumOfSquares();
    public static final Sgd SGD = Sgd.withRate(ETA).holdingBiases();
    public static final Matrix INPUT = Matrix.row(I1, I2);
    public static final Matrix TARGET = Matrix.row(TARGET_O1, TARGET_O2);

    private SigmoidExample() {
    }

    /** The network with the seed's starting weights. */
    public static Network network() {
        return Network.create(SPEC, new Explicit(
                List.of(new double[][] {{W[0], W[2]}, {W[1], W[3]}}, new double[][] {{W[4], W[6]}, {W[5], W[7]}}),
                List.of(new double[] {B1, B1}, new double[] {B2, B2})), 0);
    }

    /** w1..w8 of {@code n}, in the seed's order. */
    public static double[] weights(Network n) {
        double[] w = new double[8];
        for (int k = 0; k < 8; k++) {
            int[] at = WEIGHT_INDEX[k];
            w[k] = n.layer(at[0]).weights().get(at[1], at[2]);
        }
        return w;
    }

    /** dE/dw1..dE/dw8 from a workspace after backward, in the seed's order. */
    public static double[] weightGradients(Workspace ws) {
        double[] g = new double[8];
        for (int k = 0; k < 8; k++) {
            int[] at = WEIGHT_INDEX[k];
            g[k] = ws.gradients().weights(at[0]).get(at[1], at[2]);
        }
        return g;
    }

    /** One row of trace.csv: the state after {@code step} updates. */
    public record State(int step, double totalError, double outO1, double outO2, double[] w, double b1, double b2) {
        public State {
            w = w.clone();
        }
    }

    /** The state of {@code n} (error and outputs by a forward pass), labelled {@code step}. */
    public static State state(int step, Network n, Workspace ws) {
        Matrix out = n.forward(INPUT, ws);
        return new State(step, LOSS.value(out, TARGET), out.get(0, 0), out.get(0, 1), weights(n),
                n.layer(0).biases().get(0, 0), n.layer(1).biases().get(0, 0));
    }

    /** States after 0, 1, ..., {@code steps} updates of plain gradient descent on the engine. */
    public static List<State> train(int steps) {
        Network n = network();
        Workspace ws = n.workspace(1);
        List<State> states = new ArrayList<>(steps + 1);
        for (int step = 0; step <= steps; step++) {
            states.add(state(step, n, ws));
            if (step < steps) {
                n.forward(INPUT, ws);
                n.backward(TARGET, LOSS, ws);
                SGD.step(n, ws.gradients());
            }
        }
        return states;
    }

    /**
     * The seed's own figures after training come out of a different algorithm: one that updates w5..w8 first and
     * then back-propagates into the hidden layer through the <em>updated</em> w5..w8, which the slides say not to
     * do ("we use the original weights, not the updated weights"). This runs that variant, to show that it
     * reproduces the seed's numbers; it is not how the engine trains.
     *
     * @return the states after 0, 1, ..., {@code steps} such updates
     */
    public static List<State> trainUpdatingOutputWeightsFirst(int steps) {
        Network n = network();
        Workspace ws = n.workspace(1);
        List<State> states = new ArrayList<>(steps + 1);
        Matrix w2 = n.layer(1).weights();
        for (int step = 0; step <= steps; step++) {
            states.add(state(step, n, ws));
            if (step < steps) {
                n.forward(INPUT, ws);
                n.backward(TARGET, LOSS, ws);
                // Output layer first, in place...
                double[] w = w2.data();
                double[] g = ws.gradients().weights(1).data();
                for (int i = 0; i < w.length; i++) {
                    w[i] -= ETA * g[i];
                }
                // ...then the hidden deltas recomputed through the already-updated output weights.
                MatrixKernels.multiplyTransB(ws.delta(1), w2, ws.dOut(0));
                Activation.sigmoid().backward(ws.net(0), ws.out(0), ws.dOut(0), ws.delta(0));
                MatrixKernels.multiplyTransA(INPUT, ws.delta(0), ws.gradients().weights(0));
                double[] w1 = n.layer(0).weights().data();
                double[] g1 = ws.gradients().weights(0).data();
                for (int i = 0; i < w1.length; i++) {
                    w1[i] -= ETA * g1[i];
                }
            }
        }
        return states;
    }
}
