package org.backproplab.benchmarks;

/** The seeds behind every benchmark's weights and data: fixed, so two runs time the same numbers. */
final class BenchSeeds {
    /** Seeds each case's initial weights and mini-batches ({@link StepData#of}). */
    static final long DATA = 20_240_607L;
    /** Seeds the kernel benchmark's operands. */
    static final long KERNEL = 7L;

    private BenchSeeds() {
    }
}
