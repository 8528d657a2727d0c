package org.backproplab.datasets;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The full MNIST, or Fashion-MNIST (same file names and format), from a folder the user names
 * ({@code -Ddata.dir=...}): {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with {@code .gz}. The files'
 * own train/test split (60,000 / 10,000) is kept, as every published MNIST number uses it. Pixels to [0, 1] as
 * read, then centred as {@link DataSource#load} says.
 */
public record MnistFiles(Path folder) implements DataSource {
    private static final String FOLDER = "the folder holding the MNIST or Fashion-MNIST IDX files "
            + "(train-images-idx3-ubyte[.gz] and the others)";

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
        List<Path> files = files();
        Idx.Images trainImages = Idx.readImages(files.get(0));
        Dataset train = toDataset("mnist train", trainImages, Idx.readLabels(files.get(1)), files.get(1).toString());
        Idx.Images testImages = Idx.readImages(files.get(2));
        if (testImages.rows() != trainImages.rows() || testImages.cols() != trainImages.cols()) {
            throw new DataFileException(files.get(2), "images of " + testImages.rows() + " x " + testImages.cols()
                    + ", but the training images in " + files.get(0).getFileName() + " are " + trainImages.rows()
                    + " x " + trainImages.cols() + "; expected the test and training files of one set");
        }
        Dataset test = toDataset("mnist t10k", testImages, Idx.readLabels(files.get(3)), files.get(3).toString());
        Split raw = new Split(train, test);
        return Standardizer.fitImage(raw.train()).apply(raw);
    }

    /** Train images, train labels, test images, test labels: all four found before any is read. */
    private List<Path> files() {
        if (Files.isRegularFile(folder)) {
            throw new DataFileException(folder, "is a file, not a folder; expected " + FOLDER);
        }
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(folder, "no such folder; expected " + FOLDER);
        }
        return List.of(find("train-images-idx3-ubyte"), find("train-labels-idx1-ubyte"),
                find("t10k-images-idx3-ubyte"), find("t10k-labels-idx1-ubyte"));
    }

    /** {@code base}, else {@code base.gz}; one that is there but is a folder or a pipe is named as such. */
    private Path find(String base) {
        List<Path> candidates = List.of(folder.resolve(base), folder.resolve(base + ".gz"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        for (Path p : candidates) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                RegularFile.require(p, "an IDX file");
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
