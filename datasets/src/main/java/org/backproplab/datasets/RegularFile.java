package org.backproplab.datasets;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check every data file passes before it is opened: that the path names a regular file (or a link to one).
 * Opening a named pipe would block until some other program writes to it, and a folder would fail with the
 * system's "Is a directory"; each is said for what it is instead.
 */
final class RegularFile {
    private RegularFile() {
    }

    /**
     * @param expected what the file should be, for the message ("a CSV file of ...")
     * @throws DataFileException naming {@code file}, what it is instead and {@code expected}
     */
    static void require(Path file, String expected) {
        if (Files.isRegularFile(file)) {
            return;
        }
        throw new DataFileException(file, whatItIs(file) + "; expected " + expected);
    }

    /** An error while reading a file that passed {@link #require}, as one line. */
    static DataFileException unreadable(Path file, IOException e) {
        return new DataFileException(file, "cannot be read (" + (e instanceof AccessDeniedException
                ? "permission denied" : e.getMessage()) + ")");
    }

    private static String whatItIs(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder";
        }
        if (Files.exists(file)) {
            return "is not a regular file (a named pipe, a device or a socket)";
        }
        if (Files.isSymbolicLink(file)) {
            try {
                return "is a link to " + Files.readSymbolicLink(file) + ", which does not exist";
            } catch (IOException e) {
                return "is a broken link";
            }
        }
        return "no such file";
    }
}
