package org.backproplab.engine.loss;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.matrix.Matrix;

/**
 * The scalar cost J that training lowers, over a mini-batch of m rows: <b>the mean over the rows of each sample's
 * loss</b>. For one sample (the slides' worked example) J is that sample's loss, e.g. {@code E_total}.
 *
 * <p>Calling order: {@link #value} for reporting, {@link #gradient} to start the backward pass. The gradient is
 * {@code dJ/dout} for the output layer's activations, 1/m included, so that every gradient downstream is already
 * the gradient of the batch mean and SGD needs no further scaling.
 *
 * <p>Adding a loss: one record implementing this interface (its output activation, whether it is a regression loss
 * and its random targets included), named in {@code permits} and in {@link #all()}.
 */
// Serializable: a run's spec travels as it is to the executors of a cluster (the cluster module).
public sealed interface Loss extends java.io.Serializable
        permits SumOfSquares, MeanSquaredError, BinaryCrossEntropy, SoftmaxCrossEntropy,
        NegativeLogLikelihood {

    /** The short name used in experiment files and reports. */
    String name();

    /** J: the mean over the rows of the per-sample loss of {@code out} against {@code target}. */
    double value(Matrix out, Matrix target);

    /** Writes {@code dJ/dout} into {@code gradient}, which has the shape of {@code out}. */
    void gradient(Matrix out, Matrix target, Matrix gradient);

    /**
     * {@link #value} and {@link #gradient} in one call, as the backward pass needs both: the same numbers, bit for
     * bit. A loss whose two share work (softmax cross-entropy's exponentials) does it once.
     */
    default double valueAndGradient(Matrix out, Matrix target, Matrix gradient) {
        double value = value(out, target);
        gradient(out, target, gradient);
        return value;
    }

    /**
     * Refuses an output activation this loss cannot be paired with. Most losses take any; softmax cross-entropy
     * applies the softmax itself and so needs the raw scores (identity).
     */
    default void checkOutputActivation(Activation output) {
    }

    /**
     * The output activation this loss is meant for: identity for softmax cross-entropy (it applies the softmax
     * itself), a softmax for negative log-likelihood, a sigmoid for binary cross-entropy, and identity for the
     * squared errors, which take any.
     */
    Activation outputActivation();

    /**
     * Whether this is a regression loss, a distance to real-valued targets (the squared errors): it takes any
     * output activation and any target. The others compare probabilities, with the output {@link
     * #outputActivation} gives and targets that are probabilities.
     */
    boolean isRegression();

    /**
     * Fills {@code target} (one sample per row) with random targets valid for this loss: for the softmax losses a
     * one-hot row, the column drawn by {@code random.nextInt(cols)} row by row; for binary cross-entropy every
     * element {@code random.nextDouble()}; for the squared errors every element {@code random.nextDouble(-1, 1)}.
     * Exactly those calls, in that order, so that a seeded check draws the same targets every time.
     */
    void fillRandomTargets(Matrix target, RandomGenerator random);

    static Loss sumOfSquares() {
        return new SumOfSquares();
    }

    static Loss meanSquaredError() {
        return new MeanSquaredError();
    }

    static Loss binaryCrossEntropy() {
        return new BinaryCrossEntropy();
    }

    static Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropy();
    }

    static Loss negativeLogLikelihood() {
        return new NegativeLogLikelihood();
    }

    static List<Loss> all() {
        return List.of(sumOfSquares(), meanSquaredError(), binaryCrossEntropy(), softmaxCrossEntropy(),
                negativeLogLikelihood());
    }

    /** The loss called {@code name}, or an exception naming the bad value and the valid ones. */
    static Loss named(String name) {
        for (Loss l : all()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; expected one of: "
                + all().stream().map(Loss::name).collect(Collectors.joining(", ")));
    }

    /** Shared shape check: every loss compares an output with a target of the same shape. */
    static void requireSameShape(Matrix out, Matrix target, Matrix gradient) {
        if (out.rows() != target.rows() || out.cols() != target.cols()) {
            throw new IllegalArgumentException("loss: output " + out.shape() + " but target " + target.shape());
        }
        if (gradient != null && (gradient.rows() != out.rows() || gradient.cols() != out.cols())) {
            throw new IllegalArgumentException("loss: output " + out.shape() + " but gradient " + gradient.shape());
        }
    }
}
