package org.backproplab.experiments.gradientcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backproplab.engine.check.GradientCheck;
import org.backproplab.engine.check.GradientCheckResult;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Parameter;
import org.backproplab.engine.network.Pass;
import org.backproplab.engine.network.Workspace;
import org.backproplab.reference.Dl4jGraphReference;
import org.backproplab.reference.Dl4jReference;

/**
 * Checks one case three ways: the engine's back-propagated gradient, DL4J's gradient of the same network, and
 * central finite differences of the engine's loss.
 *
 * <p>The criteria. Against DL4J: relative error {@code |a - b| / max(|a|, |b|, floor)} at most
 * {@link #DL4J_TOLERANCE} for every parameter, with {@code floor =} {@link #DL4J_MIN_ABSOLUTE}: below it two
 * gradients are compared in absolute terms, as relative error means nothing for values that are zero up to
 * rounding (DL4J's own GradientCheckUtil has the same escape, its {@code minAbsoluteError}, at 1e-8 or looser in
 * its tests; ours is 1e-12). Against finite differences:
 * {@link GradientCheck}'s five-point difference with step 1e-4 and relative error at most {@link #FD_TOLERANCE},
 * values below 1e-4 compared in absolute terms, and parameters whose step crosses a kink left out and counted.
 *
 * <p>A network with batch normalization or shortcuts goes to DL4J as a {@code ComputationGraph}
 * ({@link Dl4jGraphReference}) and is differentiated in a training pass ({@link Pass#BATCH_STATISTICS}: the batch's
 * own statistics, as DL4J's gradient and the finite differences take them); every parameter, gamma and beta
 * included, is compared. Two of its gradients are 0 in exact arithmetic, so round-off on both sides: a normalized
 * layer's bias (normalization subtracts the batch mean, bias and all), which must be within
 * {@link #STRUCTURAL_ZERO} of 0 on both sides, relative to the case's largest gradient, and is not compared
 * otherwise; and beta where the activation is linear and the next layer normalized again, which the floor covers:
 * for these networks it is {@link #OPTIONS_FLOOR} x the case's largest gradient rather than an absolute 1e-12.
 */
final class CaseChecker {
    static final double DL4J_TOLERANCE = 1e-7;
    static final double DL4J_MIN_ABSOLUTE = 1e-12;
    /** The floor of a network with layer options, as a share of its largest gradient (see the class comment). */
    static final double OPTIONS_FLOOR = 1e-6;
    /** How close to 0 a normalized layer's bias gradient must be, as a share of the case's largest gradient. */
    static final double STRUCTURAL_ZERO = 1e-12;
    /**
     * The five-point difference's own error reaches 1e-6 on steep losses: measured 1.07e-6 on a binary
     * cross-entropy case whose gradients agree with DL4J's exactly. DL4J's GradientCheckUtil, with a two-point
     * difference, is usually run at 1e-3.
     */
    static final double FD_TOLERANCE = 1e-5;
    /** The note of a case DL4J's prelu_bp op refuses; the report counts the notes that name prelu_bp. */
    static final String PRELU_BP_NOTE = "DL4J's prelu_bp op refuses a shared slope over more than 64 values "
            + "(rows x units); finite differences only";

    private CaseChecker() {
    }

    static CheckOutcome check(CheckCase c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        Network network = Network.create(c.spec(), Initializer.xavier(), r.nextLong());
        // Random biases too, so that they take part rather than sitting at 0.
        for (var layer : network.layers()) {
            for (int j = 0; j < layer.units(); j++) {
                layer.biases().set(0, j, r.nextDouble(-0.5, 0.5));
            }
            if (layer.activationParameters() != null) {
                // Unequal PReLU slopes, so that a slope gradient credited to the wrong unit shows.
                double[] a = layer.activationParameters().data();
                for (int k = 0; k < a.length; k++) {
                    a[k] = r.nextDouble(0.05, 0.5);
                }
            }
            if (layer.normParameters() != null) {
                // Scales and shifts away from the identity they start at (drawn only where they exist, so that a
                // network without them gets the same draws as before they existed).
                double[] gamma = layer.normParameters().gamma().data();
                double[] beta = layer.normParameters().beta().data();
                for (int j = 0; j < gamma.length; j++) {
                    gamma[j] = r.nextDouble(0.5, 1.5);
                    beta[j] = r.nextDouble(-0.5, 0.5);
                }
            }
        }
        int outputs = c.spec().layers().get(c.depth()).width();
        Matrix x = new Matrix(c.batch(), c.spec().inputs());
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = r.nextDouble(-1, 1);
        }
        Matrix y = targets(c, outputs, r);

        Workspace ws = network.workspace(c.batch());
        // The function a training step differentiates, and the one GradientCheck probes: for a network without
        // batch normalization the same as an evaluation pass.
        network.forward(x, ws, Pass.BATCH_STATISTICS);
        network.backward(y, c.loss(), ws);

        double dl4jError = Double.NaN;
        String note = missingCounterparts(c);
        if (note.isEmpty() && Dl4jReference.preluBackpropRefuses(network, c.batch())) {
            // DL4J's own prelu_bp op rejects a shared PReLU slope in some shapes; that is DL4J's limit, recorded as
            // such, and the case is judged by finite differences alone. Asked, not tried: libnd4j prints its
            // refusal on the console before it throws.
            note = PRELU_BP_NOTE;
        }
        if (note.isEmpty()) {
            try {
                dl4jError = dl4jError(c, network, x, y, ws);
            } catch (RuntimeException e) {
                // A backstop, should DL4J's rule ever differ from the prediction: the same note, not a crash.
                if (!String.valueOf(e.getMessage()).contains("prelu_bp")) {
                    throw e;
                }
                note = PRELU_BP_NOTE;
            }
        }
        GradientCheckResult fd = GradientCheck.compare(network, x, y, c.loss(), GradientCheck.DEFAULT_STEP,
                ws.gradients());
        boolean pass = (Double.isNaN(dl4jError) || dl4jError <= DL4J_TOLERANCE)
                && fd.maxRelativeError() <= FD_TOLERANCE;
        return new CheckOutcome(c, c.spec().parameterCount(), dl4jError, note, fd.maxRelativeError(),
                fd.kinkSkipped(), pass);
    }

    private static double dl4jError(CheckCase c, Network network, Matrix x, Matrix y, Workspace ws) {
        if (c.hasLayerOptions()) {
            return dl4jGraphError(c, network, x, y, ws);
        }
        Dl4jReference dl4j = new Dl4jReference(network, c.loss());
        dl4j.computeGradientAndScore(x, y);
        double scale = c.batch() * Dl4jReference.lossScale(c.loss());
        double error = 0;
        for (int l = 0; l < network.layers().size(); l++) {
            error = Math.max(error, maxError(ws.gradients().weights(l), scale, dl4j.weightGradient(l)));
            error = Math.max(error, maxError(ws.gradients().biases(l), scale, dl4j.biasGradient(l)));
            if (ws.gradients().activationParameters(l) != null) {
                error = Math.max(error, maxError(ws.gradients().activationParameters(l), scale,
                        dl4j.activationParameterGradient(l)));
            }
        }
        return error;
    }

    /** Against DL4J's ComputationGraph: every parameter of {@link Network#parameters()}, gamma and beta included. */
    private static double dl4jGraphError(CheckCase c, Network network, Matrix x, Matrix y, Workspace ws) {
        Dl4jGraphReference dl4j = new Dl4jGraphReference(network, c.loss());
        dl4j.computeGradientAndScore(x, y);
        double scale = c.batch() * Dl4jReference.lossScale(c.loss());
        double largest = 0;
        for (Parameter p : network.parameters()) {
            for (double g : dl4j.gradientOf(p).data()) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        double error = 0;
        for (Parameter p : network.parameters()) {
            Matrix engine = ws.gradients().of(p.index());
            Matrix reference = dl4j.gradientOf(p);
            if (p.name().endsWith(" b") && network.layer(p.layer()).normParameters() != null) {
                for (int i = 0; i < engine.data().length; i++) {
                    double worst = Math.max(Math.abs(engine.data()[i] * scale), Math.abs(reference.data()[i]));
                    if (!(worst <= STRUCTURAL_ZERO * Math.max(largest, 1))) {
                        return Double.POSITIVE_INFINITY; // a bias that moves a normalized layer: wrong somewhere
                    }
                }
                continue;
            }
            error = Math.max(error, maxError(engine, scale, reference,
                    Math.max(DL4J_MIN_ABSOLUTE, OPTIONS_FLOOR * largest)));
        }
        return error;
    }

    /** One-hot rows for the softmax losses, probabilities for binary cross-entropy, values in [-1, 1] otherwise. */
    private static Matrix targets(CheckCase c, int outputs, SplittableRandom r) {
        Matrix y = new Matrix(c.batch(), outputs);
        c.loss().fillRandomTargets(y, r);
        return y;
    }

    /** Empty if DL4J has every activation of the case, else a note naming those it lacks and why. */
    static String missingCounterparts(CheckCase c) {
        List<String> missing = new ArrayList<>();
        for (LayerSpec layer : c.spec().layers()) {
            String why = Dl4jReference.whyNoCounterpart(layer.activation());
            if (!why.isEmpty() && !missing.contains(why)) {
                missing.add(why);
            }
        }
        return missing.isEmpty() ? "" : "no DL4J counterpart: " + String.join("; ", missing)
                + "; finite differences only";
    }

    private static double maxError(Matrix engine, double scale, Matrix dl4j) {
        return maxError(engine, scale, dl4j, DL4J_MIN_ABSOLUTE);
    }

    private static double maxError(Matrix engine, double scale, Matrix dl4j, double floor) {
        double worst = 0;
        for (int i = 0; i < engine.data().length; i++) {
            double a = engine.data()[i] * scale;
            double b = dl4j.data()[i];
            double diff = Math.abs(a - b);
            // NaN anywhere is the worst result, not a silent pass.
            double e = Double.isNaN(diff) ? Double.POSITIVE_INFINITY
                    : diff / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
            worst = Math.max(worst, e);
        }
        return worst;
    }
}
