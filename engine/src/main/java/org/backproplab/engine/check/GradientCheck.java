package org.backproplab.engine.check;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Parameter;
import org.backproplab.engine.network.Pass;
import org.backproplab.engine.network.Workspace;

/**
 * Checks back-propagation against the definition of the derivative, parameter by parameter, with the central
 * five-point difference
 * <pre>
 *   dJ/dp ~ (-J(p + 2h) + 8 J(p + h) - 8 J(p - h) + J(p - 2h)) / 12h
 * </pre>
 * Why five points: the plain two-point quotient {@code (J(p + h) - J(p - h)) / 2h} has an error of order h^2
 * from truncation plus about {@code 1e-16 |J| / h} from rounding, so no h gets it much below 1e-10 in absolute
 * terms, which is a relative error of 1e-4 on a gradient of 1e-6 (common deep in a sigmoid network). The
 * five-point stencil's truncation error is of order h^4, so h can be 1e-4 and the rounding error ~1e-12.
 *
 * <p>Usable from tests and from experiments. It costs four forward passes per parameter: meant for small networks
 * and batches. Near a kink (ReLU at 0, hard tanh at +-1...) a difference quotient is no derivative: when any of
 * the four steps moves any unit onto another smooth piece of its activation ({@link Activation#piece}), the
 * parameter is left out and counted in {@link GradientCheckResult#kinkSkipped()} instead of failing.
 */
public final class GradientCheck {
    /** The step used by {@link #check(Network, Matrix, Matrix, Loss)}. */
    public static final double DEFAULT_STEP = 1e-4;

    /**
     * Gradients smaller than this are compared in absolute terms (scaled by this floor): the finite difference
     * itself carries an absolute error near 1e-12, which would read as a large relative error on a tiny value.
     */
    public static final double ZERO_FLOOR = 1e-4;

    /**
     * The function both sides differentiate: a training step's (batch normalization by the batch's own
     * statistics), without its side effects (the running statistics stay as they were, no noise is drawn).
     */
    static final Pass PASS = Pass.BATCH_STATISTICS;

    private GradientCheck() {
    }

    /** {@link #check(Network, Matrix, Matrix, Loss, double)} with {@link #DEFAULT_STEP}. */
    public static GradientCheckResult check(Network network, Matrix x, Matrix target, Loss loss) {
        return check(network, x, target, loss, DEFAULT_STEP);
    }

    /**
     * Runs back-propagation on one mini-batch and compares its gradients with finite differences of J.
     * Leaves the network's parameters exactly as they were.
     */
    public static GradientCheckResult check(Network network, Matrix x, Matrix target, Loss loss, double h) {
        Workspace ws = network.workspace(x.rows());
        network.forward(x, ws, PASS);
        network.backward(target, loss, ws);
        return compare(network, x, target, loss, h, ws.gradients());
    }

    /**
     * Compares given gradients (from back-propagation, or from elsewhere) with finite differences of J.
     * Leaves the network's parameters exactly as they were.
     */
    public static GradientCheckResult compare(Network network, Matrix x, Matrix target, Loss loss, double h,
            Gradients analytic) {
        if (!(h > 0.0)) {
            throw new IllegalArgumentException("finite-difference step h must be > 0, got " + h);
        }
        Workspace probe = network.workspace(x.rows());
        GradientCheckResult.Builder result = new GradientCheckResult.Builder();
        for (Parameter p : network.parameters()) {
            compare(network, x, target, loss, h, probe, p.value(), analytic.of(p.index()), p.name(), result);
        }
        return result.build();
    }

    private static void compare(Network network, Matrix x, Matrix target, Loss loss, double h, Workspace probe,
            Matrix parameter, Matrix analytic, String name, GradientCheckResult.Builder result) {
        double[] p = parameter.data();
        network.loss(x, target, loss, probe, PASS);
        long pieces = pieces(network, probe);
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            double plus2 = lossAt(network, x, target, loss, probe, p, i, saved + 2 * h);
            boolean kink = pieces(network, probe) != pieces;
            double plus1 = lossAt(network, x, target, loss, probe, p, i, saved + h);
            kink |= pieces(network, probe) != pieces;
            double minus1 = lossAt(network, x, target, loss, probe, p, i, saved - h);
            kink |= pieces(network, probe) != pieces;
            double minus2 = lossAt(network, x, target, loss, probe, p, i, saved - 2 * h);
            kink |= pieces(network, probe) != pieces;
            p[i] = saved;
            if (kink) {
                result.skipAtKink();
                continue;
            }
            double numeric = (-plus2 + 8 * plus1 - 8 * minus1 + minus2) / (12 * h);
            int r = i / parameter.cols();
            int c = i % parameter.cols();
            result.add(name + "[" + r + "," + c + "]", analytic.data()[i], numeric);
        }
    }

    /** A fingerprint of which piece of its activation every unit of the last forward pass sat on. */
    private static long pieces(Network network, Workspace ws) {
        long hash = 17;
        for (int l = 0; l < network.layers().size(); l++) {
            Activation f = network.layer(l).activation();
            for (double net : ws.net(l).data()) {
                hash = hash * 31 + f.piece(net);
            }
        }
        return hash;
    }

    private static double lossAt(Network network, Matrix x, Matrix target, Loss loss, Workspace probe,
            double[] p, int i, double value) {
        p[i] = value;
        return network.loss(x, target, loss, probe, PASS);
    }

    /** {@code |a - b| / max(|a|, |b|, ZERO_FLOOR)}: relative, except for values near zero. */
    public static double relativeError(double a, double b) {
        double scale = Math.max(Math.max(Math.abs(a), Math.abs(b)), ZERO_FLOOR);
        return Math.abs(a - b) / scale;
    }
}
