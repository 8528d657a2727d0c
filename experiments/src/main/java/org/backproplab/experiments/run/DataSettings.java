package org.backproplab.experiments.run;

import java.nio.file.Path;
import org.backproplab.datasets.DataFileException;
import org.backproplab.datasets.DataSource;
import org.backproplab.datasets.Datasets;
import org.backproplab.experiments.Settings;
import org.backproplab.experiments.UserInputException;

/**
 * The data an experiment trains on, from the user's {@code -Ddataset} (and {@code -Ddata.dir} for full MNIST),
 * with every problem as the one-line {@link UserInputException} that names the setting: a wrong name when the
 * settings are read, a missing or broken file when the data is loaded.
 */
public final class DataSettings {
    /** The fraction of the data held out for testing, wherever the data has no split of its own. */
    public static final double TEST_FRACTION = 0.25;

    private DataSettings() {
    }

    /** The data set {@code -Ddataset} names ({@code fallback} if none); generated sets are seeded with {@code seed}. */
    public static DataSource dataset(Settings s, String fallback, long seed) {
        String name = s.string("dataset", fallback);
        String dataDir = s.string("data.dir", null);
        try {
            return Datasets.parse(name, seed, dataDir == null ? null : Path.of(dataDir));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("-Ddataset=" + name + ": " + e.getMessage());
        }
    }

    /** Loads and splits {@code dataset} (seeded, stratified) into the engine's matrices. */
    public static TrainingData load(DataSource dataset, long seed) {
        try {
            return TrainingData.of(dataset.description(), dataset.load(TEST_FRACTION, seed));
        } catch (DataFileException e) {
            throw new UserInputException("-Ddataset=" + dataset.name() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // A data set the checks above missed (a shape the engine refuses): still the user's data, still one line.
            throw new UserInputException("-Ddataset=" + dataset.name() + ": cannot be used (" + e.getMessage() + ")");
        }
    }
}
