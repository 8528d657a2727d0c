package org.backproplab.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every data set by the name a user types ({@code -Ddataset=digits}): the embedded real sets, full MNIST from a
 * folder, the generated 2-D sets, or the path of a CSV file. A mistyped name is one line naming it and listing
 * the valid ones.
 */
public final class Datasets {
    private static final List<String> SYNTHETIC = List.of("spirals", "circles", "moons", "xor", "checkerboard");
    private static final List<String> NAMES = List.of("digits", "mnist-10k", "mnist-10k-raw", "mnist", "spirals",
            "circles", "moons", "xor", "checkerboard");

    private Datasets() {
    }

    /** The valid names, in the order error messages and listings give them. */
    public static List<String> names() {
        return NAMES;
    }

    /** One line per data set: its name and what it is, for {@code -Dexp=list}. */
    public static String listing() {
        return String.join("\n",
                "  digits      UCI optical digits, 8x8, 1,797 images, 10 classes (shipped)",
                "  mnist-10k   10,000 MNIST digits, 28x28, 10 classes (shipped)",
                "  mnist-10k-raw  the same, pixels left in [0, 1] (Nielsen's recipe) instead of centred",
                "  mnist       full MNIST or Fashion-MNIST, 60,000 + 10,000 images, from -Ddata.dir=FOLDER",
                "  spirals     3 interleaved spiral arms, 600 points (generated)",
                "  circles     2 concentric circles, 600 points (generated)",
                "  moons       2 interleaving half moons, 600 points (generated)",
                "  xor         4 clouds around the corners, XOR labels, 600 points (generated)",
                "  checkerboard  4 x 4 squares of alternating class on [-1, 1]^2, 600 points (generated)",
                "  FILE.csv    your own table: numeric features and an integer label column") + "\n";
    }

    /**
     * The generated set called {@code name} (case and blanks around it ignored), seeded with {@code seed}.
     *
     * @throws IllegalArgumentException naming {@code name} and the valid names, if it is none of them
     */
    public static Synthetic synthetic(String name, long seed) {
        return switch (key(name)) {
            case "spirals" -> Spirals.standard(seed);
            case "circles" -> Circles.standard(seed);
            case "moons" -> Moons.standard(seed);
            case "xor" -> Xor.standard(seed);
            case "checkerboard" -> Checkerboard.standard(seed);
            default -> throw new IllegalArgumentException(
                    "unknown generated dataset '" + name + "'; expected one of: " + String.join(", ", SYNTHETIC));
        };
    }

    /**
     * The data set called {@code name}: one of {@link #names()} (case and blanks around it ignored), or a path
     * ending in {@code .csv}. Generated sets are seeded with {@code seed}; {@code mnist} reads {@code dataDir}.
     * Files are only read by {@link DataSource#load}.
     *
     * @param dataDir the folder of the full MNIST files, or null if the user gave none
     * @throws IllegalArgumentException naming {@code name} and the valid names, if it is none of them, or if it
     *         is {@code mnist} and no folder was given
     */
    public static DataSource parse(String name, long seed, Path dataDir) {
        String key = key(name);
        if (SYNTHETIC.contains(key)) {
            return synthetic(key, seed);
        }
        return switch (key) {
            case "digits" -> new Digits();
            case "mnist-10k" -> new Mnist10k();
            case "mnist-10k-raw" -> new Mnist10k(false);
            case "mnist" -> {
                if (dataDir == null) {
                    throw new IllegalArgumentException("mnist is read from a folder: set -Ddata.dir to the folder "
                            + "holding train-images-idx3-ubyte[.gz] and the other three MNIST files (the "
                            + "shipped subset is mnist-10k)");
                }
                yield new MnistFiles(dataDir);
            }
            default -> {
                if (key.endsWith(".csv")) {
                    yield new CsvFile(Path.of(name.strip()));
                }
                throw new IllegalArgumentException("unknown dataset '" + name + "'; expected one of: "
                        + String.join(", ", NAMES) + ", or the path of a .csv file");
            }
        };
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
