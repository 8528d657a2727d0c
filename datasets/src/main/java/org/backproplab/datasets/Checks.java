package org.backproplab.datasets;

/**
 * The parameter checks every generator shares, so that each set words the same mistake the same way. Package
 * private: these are not part of the module's API, and a public static method on {@link Synthetic} would be.
 */
final class Checks {
    private Checks() {
    }

    static void atLeast(String set, String what, int min, int value) {
        if (value < min) {
            throw new IllegalArgumentException(set + ": " + what + " must be >= " + min + ", got " + value);
        }
    }

    /** Noise is a standard deviation: zero gives the clean shape, a negative or non-finite one is a typo. */
    static void noise(String set, double noise) {
        if (!(noise >= 0.0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException(set + ": noise must be a finite number >= 0, got " + noise);
        }
    }
}
