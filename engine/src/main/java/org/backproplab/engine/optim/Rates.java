package org.backproplab.engine.optim;

/** The checks and wording every optimizer shares for its learning rates and coefficients. */
final class Rates {
    private Rates() {
    }

    static void check(double weightRate, double biasRate) {
        if (!(weightRate >= 0.0) || !Double.isFinite(weightRate)) {
            throw new IllegalArgumentException("weight learning rate must be a finite number >= 0, got " + weightRate);
        }
        if (!(biasRate >= 0.0) || !Double.isFinite(biasRate)) {
            throw new IllegalArgumentException("bias learning rate must be a finite number >= 0, got " + biasRate);
        }
    }

    static void checkFraction(String what, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + value);
        }
    }

    static String describe(double weightRate, double biasRate) {
        return weightRate == biasRate ? Double.toString(weightRate)
                : "weights " + weightRate + ", biases " + biasRate;
    }
}
