package org.backproplab.experiments.linearregions;

/**
 * What is known of how many linear regions a ReLU network of {@code n0 = 2} inputs can have, for L hidden layers
 * of n units (N = L n in all). Doubles: the bounds pass a long's range long before the networks get large.
 */
final class Bounds {
    /** Inputs: the plane. */
    static final int N0 = 2;

    private Bounds() {
    }

    /** {@code sum_{j=0}^{2} C(n, j) = 1 + n + n(n-1)/2}: the regions n lines in general position cut the plane into. */
    static double arrangement(int n) {
        return 1 + n + n * (n - 1.0) / 2;
    }

    /**
     * Montufar, Pascanu, Cho and Bengio (2014), for n >= n0: some choice of weights gives at least
     * {@code prod_{i=1}^{L-1} floor(n / n0)^{n0} * sum_{j=0}^{n0} C(n, j)} regions. Each of the first L - 1 layers
     * folds the plane onto itself floor(n / 2)^2 times, and the last layer's n lines are drawn on every fold at
     * once. A lower bound on the maximum over weights: what the best network of this shape can do at least, not
     * what a random or a trained one does.
     */
    static double montufarLower(int layers, int n) {
        return Math.pow(Math.floor((double) n / N0), N0 * (layers - 1.0)) * arrangement(n);
    }

    /**
     * An upper bound for any weights: on a region of the layers before it, the network is affine in x, so a layer's
     * n units are n lines there and cut it into at most {@link #arrangement}(n) pieces; hence at most
     * {@code arrangement(n)^L} regions (the simplest form of the upper bounds of Serra et al. 2018), and never more
     * than the {@code 2^N} patterns N units can show.
     */
    static double upper(int layers, int n) {
        return Math.min(Math.pow(arrangement(n), layers), Math.pow(2, (double) layers * n));
    }
}
