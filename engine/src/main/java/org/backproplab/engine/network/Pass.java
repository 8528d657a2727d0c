package org.backproplab.engine.network;

/**
 * What a forward pass is for, which decides the two things that differ between training and using a network:
 * whether batch normalization normalizes by the mini-batch's own statistics or by the running ones it has
 * learned, and whether stochastic activations (RReLU) draw noise.
 */
public enum Pass {
    /** Using the network (test accuracy, figures): running statistics, no noise; changes nothing. */
    EVALUATION(false, false),
    /** A training step: the batch's statistics, which also update the running ones; noise drawn. */
    TRAINING(true, true),
    /**
     * The function training differentiates, without training's side effects: the batch's statistics, the running
     * ones left alone, no noise. Gradient checks probe this function, and the gradient a report measures is its.
     */
    BATCH_STATISTICS(true, false),
    /**
     * Ioffe and Szegedy's inference statistics (their Algorithm 2): the batch's statistics, here a whole data set's,
     * become the running ones outright, so that an evaluation pass after it normalizes by the population's mean and
     * variance for the network as it is now, not by moving averages over the steps that made it. No noise.
     */
    POPULATION_STATISTICS(true, false);

    private final boolean batchStatistics;
    private final boolean training;

    Pass(boolean batchStatistics, boolean training) {
        this.batchStatistics = batchStatistics;
        this.training = training;
    }

    /** Whether this pass replaces the running statistics by the batch's ({@link #POPULATION_STATISTICS}). */
    public boolean setsPopulationStatistics() {
        return this == POPULATION_STATISTICS;
    }

    /** Whether batch normalization uses this mini-batch's mean and variance (else its running estimates). */
    public boolean batchStatistics() {
        return batchStatistics;
    }

    /** Whether this is a step of training: running statistics move and stochastic activations draw noise. */
    public boolean training() {
        return training;
    }
}
