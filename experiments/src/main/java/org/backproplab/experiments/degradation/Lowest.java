package org.backproplab.experiments.degradation;

import org.backproplab.experiments.study.Metric;
import org.backproplab.experiments.training.EpochRecord;

/** The lowest training loss a run reached over its epochs ({@link DepthPair} says why not the last epoch's). */
final class Lowest {
    static final Metric TRAIN_LOSS = new Metric("lowest_train_loss", r -> r.epochs().stream()
            .mapToDouble(EpochRecord::trainLoss).filter(Double::isFinite).min().orElse(Double.NaN));

    private Lowest() {
    }
}
