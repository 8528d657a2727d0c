package org.backproplab.experiments.grid;

import java.nio.file.Path;
import org.backproplab.datasets.DataFileException;
import org.backproplab.datasets.DataSource;
import org.backproplab.datasets.Datasets;
import org.backproplab.datasets.MnistFiles;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;

/**
 * The data an experiment trains on, from the user's {@code -Ddataset} (and {@code -Ddata.dir} for full MNIST),
 * with every problem as the one-line {@link UserInputException} that names the setting: a wrong name when the
 * settings are read, a missing or broken file when the data is loaded.
 */
public final class DataSettings {
    private DataSettings() {
    }

    /** The data set {@code -Ddataset} names ({@code fallback} if none); generated sets are seeded with {@code seed}. */
    public static DataSource dataset(Settings s, String fallback, long seed) {
        String name = s.string("dataset", fallback);
        String dataDir = s.string("data.dir", null);
        if (dataDir != null && dataDir.isBlank()) {
            throw new UserInputException(s.where("data.dir", dataDir) + " is empty; expected the folder that holds "
                    + "the MNIST files");
        }
        Path folder;
        try {
            folder = dataDir == null ? null : Path.of(dataDir.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException(s.where("data.dir", dataDir) + " is not a valid path (" + e.getReason()
                    + "); expected a folder");
        }
        DataSource data;
        try {
            data = Datasets.parse(name, seed, folder);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(s.where("dataset", name) + ": " + e.getMessage());
        }
        if (dataDir != null && !(data instanceof MnistFiles)) {
            // Ignored without a word, it would leave the user believing the folder's data had been used.
            throw new UserInputException(s.where("data.dir", dataDir) + ": " + data.name() + " is not read from a "
                    + "folder; expected -Ddata.dir only with -Ddataset=mnist");
        }
        return data;
    }

    /** Loads and splits {@code dataset} (seeded, stratified) into the engine's matrices. */
    public static TrainingData load(DataSource dataset, long seed) {
        return load(dataset, seed, "-Ddataset=" + dataset.name());
    }

    /** As {@link #load(DataSource, long)}, a problem named as {@code s} names the setting (a sweep file's key). */
    public static TrainingData load(Settings s, DataSource dataset, long seed) {
        return load(dataset, seed, s.where("dataset", dataset.name()));
    }

    private static TrainingData load(DataSource dataset, long seed, String where) {
        try {
            return TrainingData.of(dataset.description(), dataset.load(Defaults.TEST_FRACTION, seed));
        } catch (DataFileException e) {
            throw new UserInputException(where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // A data set the checks above missed (a shape the engine refuses): still the user's data, still one line.
            throw new UserInputException(where + ": cannot be used (" + e.getMessage() + ")");
        }
    }
}
