package org.backproplab.datasets;

/**
 * A generated 2-D classification set, fully determined by its parameters, seed included: {@link #generate()} gives
 * the same numbers on every call, machine and thread count, because each set draws from one
 * {@link java.util.SplittableRandom} seeded with {@code seed} and visits its points in a fixed order. The
 * implementations are records, so a result can name its data exactly ({@link #description()}).
 *
 * <p>Rows come in the order they are drawn, class by class (XOR: corner by corner), as in the CS231n and
 * scikit-learn recipes without shuffling: shuffle before mini-batch training (the engine's trainer does).
 *
 * <p>Adding a set: one record implementing this interface, named in {@code permits} and in {@link Datasets}.
 */
public sealed interface Synthetic extends DataSource permits Spirals, Circles, Moons, Xor, Checkerboard {

    /** The short name used in settings ({@code -Ddataset=spirals}); {@link Datasets#parse} accepts it. */
    String name();

    /** One line naming the set and every parameter, for reports and provenance. */
    String description();

    /** The points; every call returns an equal, freshly allocated data set. */
    Dataset generate();

    /** The generated points, split; no scaling, as they already lie within about [-1, 1]. */
    @Override
    default Split load(double testFraction, long seed) {
        return generate().split(testFraction, seed);
    }
}
