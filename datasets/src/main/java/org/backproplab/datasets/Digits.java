package org.backproplab.datasets;

/**
 * UCI optical recognition of handwritten digits, 8 x 8 (Alpaydin and Kaynak, 1998): 1,797 images of 10 classes,
 * the set scikit-learn calls {@code load_digits}, shipped inside this module. Each pixel counts the "on" pixels of
 * a 4 x 4 block of the 32 x 32 original, 0..16, and is scaled to [0, 1] ({@link #all}); {@link #load} then
 * centres it as {@link DataSource#load} says. Small enough that a sweep of dozens of
 * networks trains in a minute, real enough that depth and activation matter.
 */
public record Digits() implements DataSource {
    @Override
    public String name() {
        return "digits";
    }

    @Override
    public String description() {
        return "digits (UCI optical digits 8x8, 1,797 images, 10 classes; pixels / 16, centred on the training "
                + "part)";
    }

    /** The whole set, unsplit, pixels in [0, 1]. */
    public Dataset all() {
        return Embedded.digits();
    }

    /** Split, then centred per pixel and scaled by one sd, both fitted on the training part. */
    @Override
    public Split load(double testFraction, long seed) {
        Split raw = all().split(testFraction, seed);
        return Standardizer.fitImage(raw.train()).apply(raw);
    }
}
