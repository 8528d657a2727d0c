package org.backproplab.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The full MNIST, or Fashion-MNIST (same file names and format), from a folder the user names
 * ({@code -Ddata.dir=...}): {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with {@code .gz}. The files'
 * own train/test split (60,000 / 10,000) is kept, as every published MNIST number uses it. Pixels to [0, 1] as
 * read, then centred as {@link DataSource#load} says.
 */
public record MnistFiles(Path folder) implements DataSource {
    public MnistFiles {
        Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String name() {
        return "mnist";
    }

    @Override
    public String description() {
        return "mnist (IDX files in " + folder + ", their own train/test split; pixels / 255, centred on the "
                + "training part)";
    }

    /** The files' own split; {@code testFraction} and {@code seed} are not used. */
    @Override
    public Split load(double testFraction, long seed) {
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(folder, "no such folder; expected the folder holding the MNIST or "
                    + "Fashion-MNIST IDX files (train-images-idx3-ubyte[.gz] and the others)");
        }
        Split raw = new Split(part("train"), part("t10k"));
        return Standardizer.fitImage(raw.train()).apply(raw);
    }

    private Dataset part(String prefix) {
        Path images = find(prefix + "-images-idx3-ubyte");
        Path labels = find(prefix + "-labels-idx1-ubyte");
        return toDataset("mnist " + prefix, Idx.readImages(images), Idx.readLabels(labels), labels.toString());
    }

    private Path find(String base) {
        for (String name : new String[] {base, base + ".gz"}) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataFileException(folder.resolve(base), "missing (looked for " + base + " and " + base
                + ".gz in " + folder + ")");
    }

    /** Images and labels as one data set, pixels / 255; the counts must agree and labels be digits 0..9. */
    static Dataset toDataset(String name, Idx.Images images, int[] labels, String labelFile) {
        if (images.count() != labels.length) {
            throw new DataFileException(labelFile, labels.length + " labels for " + images.count()
                    + " images; the image and label files must have the same count");
        }
        int features = images.rows() * images.cols();
        double[] x = new double[images.pixels().length];
        byte[] pixels = images.pixels();
        for (int i = 0; i < x.length; i++) {
            x[i] = (pixels[i] & 0xFF) / 255.0;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] > 9) {
                throw new DataFileException(labelFile, "label " + i + " is " + labels[i] + "; expected a digit 0..9");
            }
        }
        return new Dataset(name, features, x, labels, 10);
    }
}
