package org.backproplab.experiments.backproptrace;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;

/**
 * The second seed's example (004_e7081218ef15327e.txt): XOR with a 2-3-1 network of identity units, every weight
 * 1 (bias weights included), learning rate 0.1, one step on the first sample (0, 0) -> 0.
 *
 * <p>Two conventions side by side. The seed's: {@code delta_D0 = y - y_hat}, {@code delta_Zj = V0j delta_D0 f'},
 * {@code J'(W) = Z delta}, {@code W := W - alpha J'(W)}. And true gradient descent on
 * {@code 1/2 (y_hat - y)^2}, which is the engine's {@link Loss#sumOfSquares()}.
 *
 * <p>The seed names weights {@code Wjk} (input unit Xk to hidden unit Zj, X0 being the bias unit of value 1) and
 * {@code V0j} (hidden unit Zj to the output D0, Z0 the bias unit). In the engine, {@code Wjk} for k >= 1 is
 * layer 0's weight (k-1, j-1) and {@code Wj0} its bias j-1; {@code V0j} is layer 1's weight (j-1, 0) and
 * {@code V00} its bias.
 */
public final class XorExample {
    public static final double ALPHA = 0.1;
    public static final Matrix INPUT = Matrix.row(0, 0);
    public static final Matrix TARGET = Matrix.row(0);
    public static final NetworkSpec SPEC =
            NetworkSpec.mlp(2, 1, 3, Activation.identity(), 1, Activation.identity());
    public static final List<String> PARAMS = List.of(
            "W10", "W11", "W12", "W20", "W21", "W22", "W30", "W31", "W32", "V00", "V01", "V02", "V03");

    /** One parameter's step under one convention: a row of xor-trace.csv. */
    public record Update(String convention, String param, double before, double gradient, double after) {
    }

    /** Both conventions' updates, and the loss 1/2 (y_hat - y)^2 before and after each. */
    public record Result(List<Update> seed, List<Update> gradientDescent, double lossBefore,
            double lossAfterSeed, double lossAfterGradientDescent, double[] hiddenZ, double outputD0) {
    }

    private XorExample() {
    }

    public static Network network() {
        return Network.create(SPEC, Initializer.constant(1.0, 1.0), 0);
    }

    /** Parameter {@code name}'s value in {@code n} (or, with the gradients of a workspace, its gradient). */
    static double get(String name, Matrix w0, Matrix b0, Matrix w1, Matrix b1) {
        int j = name.charAt(1) - '0';
        int k = name.charAt(2) - '0';
        if (name.charAt(0) == 'W') {
            return k == 0 ? b0.get(0, j - 1) : w0.get(k - 1, j - 1);
        }
        return k == 0 ? b1.get(0, 0) : w1.get(k - 1, 0);
    }

    static void set(String name, double value, Network n) {
        int j = name.charAt(1) - '0';
        int k = name.charAt(2) - '0';
        if (name.charAt(0) == 'W') {
            if (k == 0) {
                n.layer(0).biases().set(0, j - 1, value);
            } else {
                n.layer(0).weights().set(k - 1, j - 1, value);
            }
        } else if (k == 0) {
            n.layer(1).biases().set(0, 0, value);
        } else {
            n.layer(1).weights().set(k - 1, 0, value);
        }
    }

    private static double value(String name, Network n) {
        return get(name, n.layer(0).weights(), n.layer(0).biases(), n.layer(1).weights(), n.layer(1).biases());
    }

    private static double loss(Network n) {
        return Loss.sumOfSquares().value(n.forward(INPUT, n.workspace(1)), TARGET);
    }

    public static Result run() {
        Network n = network();
        Workspace ws = n.workspace(1);
        Matrix out = n.forward(INPUT, ws);
        double yHat = out.get(0, 0);
        double y = TARGET.get(0, 0);
        double[] z = ws.out(0).rowCopy(0);
        double lossBefore = Loss.sumOfSquares().value(out, TARGET);

        // The seed's convention, computed as the seed states it (identity units: f' = 1).
        double deltaD0 = y - yHat;
        double[] deltaZ = new double[4];
        for (int j = 1; j <= 3; j++) {
            deltaZ[j] = value("V0" + j, n) * deltaD0 * 1.0;
        }
        double[] x = {1.0, INPUT.get(0, 0), INPUT.get(0, 1)}; // X0 is the bias unit
        double[] zWithBias = {1.0, z[0], z[1], z[2]};         // Z0 is the bias unit
        Network seedNet = n.copy();
        List<Update> seed = new ArrayList<>();
        for (String p : PARAMS) {
            int j = p.charAt(1) - '0';
            int k = p.charAt(2) - '0';
            double jPrime = p.charAt(0) == 'W' ? x[k] * deltaZ[j] : zWithBias[k] * deltaD0;
            double before = value(p, n);
            double after = before - ALPHA * jPrime;
            seed.add(new Update("seed", p, before, jPrime, after));
            set(p, after, seedNet);
        }

        // Gradient descent on 1/2 (y_hat - y)^2: the engine's backward pass and SGD step.
        n.backward(TARGET, Loss.sumOfSquares(), ws);
        var g = ws.gradients();
        Network gdNet = n.copy();
        Sgd.withRate(ALPHA).step(gdNet, g);
        List<Update> gd = new ArrayList<>();
        for (String p : PARAMS) {
            double gradient = get(p, g.weights(0), g.biases(0), g.weights(1), g.biases(1));
            gd.add(new Update("gradient-descent", p, value(p, n), gradient, value(p, gdNet)));
        }
        return new Result(seed, gd, lossBefore, loss(seedNet), loss(gdNet), z, yHat);
    }

    /** The weights exactly as the seed prints them after its step: 1.4 for every one. */
    public static double lossWithSeedsPrintedWeights() {
        Network n = network();
        for (String p : PARAMS) {
            set(p, 1.4, n);
        }
        return loss(n);
    }
}
