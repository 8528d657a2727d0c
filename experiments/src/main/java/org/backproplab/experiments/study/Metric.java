package org.backproplab.experiments.study;

import java.util.function.ToDoubleFunction;
import org.backproplab.experiments.training.RunResult;

/**
 * One number read off a finished run, by the column name its summary takes ({@code test_accuracy} gives
 * {@code test_accuracy_mean} and {@code test_accuracy_sd}): what a table's row, a figure's point or a finding is a
 * mean of.
 */
public record Metric(String column, ToDoubleFunction<RunResult> read) {
    /** Test accuracy after the last epoch. */
    public static final Metric TEST_ACCURACY = new Metric("test_accuracy", r -> r.last().testAccuracy());

    /** Training loss (on the whole training set) after the last epoch. */
    public static final Metric FINAL_TRAIN_LOSS = new Metric("final_train_loss", r -> r.last().trainLoss());

    /** The first hidden layer's {@code |dJ/dW|} at initialization. */
    public static final Metric FIRST_LAYER_GRADIENT_AT_INIT = new Metric("first_layer_gradient_at_init",
            r -> r.first().firstLayerGradient());

    /** The first hidden layer's over the output layer's {@code |dJ/dW|} at initialization: below 1, it shrank. */
    public static final Metric GRADIENT_RATIO_AT_INIT = new Metric("gradient_ratio_at_init",
            r -> r.first().firstLayerGradient() / r.first().lastLayerGradient());

    /** Wall-clock training time; a timing column, so it ends in {@code _ms} and a comparison of runs drops it. */
    public static final Metric TRAIN_TIME = new Metric("train_time_ms", r -> r.millis());

    public double of(RunResult r) {
        return read.applyAsDouble(r);
    }
}
