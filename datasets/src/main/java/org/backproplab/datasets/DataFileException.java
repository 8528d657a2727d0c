package org.backproplab.datasets;

import java.nio.file.Path;

/**
 * A data file that cannot be used, with one line naming the file and the problem (missing, a folder, wrong magic
 * number, truncated, corrupt gzip, a bad cell...), or a data set too small to split (named by the data set). An
 * {@link IllegalArgumentException}: a bad file is a bad input, and callers that turn bad inputs into one-line
 * messages catch it with the rest.
 */
public final class DataFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
    }

    public DataFileException(Path file, String problem) {
        this(file.toString(), problem);
    }
}
