package org.backproplab.datasets;

import java.util.Objects;

/**
 * A data set cut in two disjoint parts: one to train on, one to measure generalization on. Made by
 * {@link Dataset#split(double, long)}.
 */
public record Split(Dataset train, Dataset test) {
    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (train.features() != test.features() || train.classes() != test.classes()) {
            throw new IllegalArgumentException("train and test must have the same shape, got " + train.features()
                    + " features / " + train.classes() + " classes vs " + test.features() + " / " + test.classes());
        }
    }
}
