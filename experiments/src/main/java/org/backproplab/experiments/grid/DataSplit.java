package org.backproplab.experiments.grid;

import java.util.Objects;

/**
 * Which data a run trained on and how it was split: the data set by the name {@code -Ddataset} takes, the seed of
 * its stratified train/test split and the fraction held out for testing. With the data's content hash (in the
 * recipe) this is everything needed to rebuild the run's training and test sets. A test fraction of 0 holds
 * nothing out: the whole set is trained on and measured, as a truth table is.
 */
public record DataSplit(String dataset, long splitSeed, double testFraction)
        implements java.io.Serializable {
    public DataSplit {
        Objects.requireNonNull(dataset, "dataset");
        // 0: nothing held out, the whole set is trained on and measured (the four rows of a truth table).
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /** The split every experiment uses unless told otherwise: {@link Defaults#SPLIT_SEED}, {@link Defaults#TEST_FRACTION}. */
    public static DataSplit of(String dataset) {
        return new DataSplit(dataset, Defaults.SPLIT_SEED, Defaults.TEST_FRACTION);
    }
}
