package org.backproplab.experiments.dl4jparity;

/**
 * One parity run: both loss curves (the batch loss before each step, each engine's own), the largest difference
 * between them, the largest relative difference of any parameter after training, and each engine's mean time per
 * step (a wall-clock average, not a benchmark).
 */
record ParityResult(ParityCase c, double[] engineLoss, double[] dl4jLoss, double maxLossDiff, double maxParamDiff,
        double engineMicrosPerStep, double dl4jMicrosPerStep) {
}
