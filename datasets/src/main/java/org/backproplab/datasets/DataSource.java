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

    /**
     * A SHA-256 digest, 64 lowercase hex digits, of everything that decides the numbers {@link #load} gives for a
     * given test fraction and seed: a CSV file's bytes, the four MNIST files' bytes, the shipped resource's bytes, a
     * generated set's parameters and seed. Equal fingerprints mean the same data; one changed byte of a file gives
     * another. Record it with a run's recipe, and compare it before resuming, so that runs on changed data are never
     * mixed with runs on the old. It reads each file once without parsing it: instantaneous for the shipped and
     * generated sets, and about as long as reading the files for a user's (full MNIST: about 55 MB).
     *
     * @throws DataFileException if a file the data comes from is missing or unusable, as {@link #load} would
     */
    String fingerprint();
}
