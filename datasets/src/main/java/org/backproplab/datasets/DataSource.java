package org.backproplab.datasets;

/**
 * Where a data set comes from, by one name everywhere ({@code -Ddataset=digits}, {@code mnist-10k}, {@code mnist},
 * {@code spirals}, a CSV path; see {@link Datasets#parse}). {@link #load} gives it as a train/test split, with the
 * feature scaling chosen for that kind of data already applied:
 * <ul>
 *   <li>images ({@link Digits}, {@link Mnist10k}, {@link MnistFiles}): pixels to [0, 1], then each pixel centred
 *       on its training mean and all divided by one common sd ({@link Standardizer#fitImage}). Centring is what
 *       lets plain SGD train deep networks on them: on raw [0, 1] pixels, measured on digits, ReLU networks of 3 to
 *       8 layers spiked to losses of 1 to 3 mid-training even at a learning rate of 0.02;</li>
 *   <li>a user's CSV ({@link CsvFile}): every feature standardized on its own ({@link Standardizer#fit});</li>
 *   <li>the generated 2-D sets ({@link Synthetic}): as generated, already within about [-1, 1].</li>
 * </ul>
 * Whatever is fitted (means, sds) is fitted on the training part only. The same seed always gives the same
 * split.
 */
public sealed interface DataSource permits Synthetic, Digits, Mnist10k, MnistFiles, CsvFile {

    /** The name a user types for it (for a CSV file, its path). */
    String name();

    /** One line naming the data and where it came from, for reports. */
    String description();

    /**
     * The data as a train/test split. Sets without a fixed split are split by {@link Dataset#split}, stratified,
     * with {@code testFraction} and {@code seed}; a set that comes with its own split (full MNIST) keeps it and
     * ignores both.
     *
     * @throws DataFileException if a file the data comes from is missing or unusable
     */
    Split load(double testFraction, long seed);
}
