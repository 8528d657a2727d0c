package org.backproplab.experiments.execution;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a {@link RunStore} keeps its files: a folder on this machine ({@link LocalRunFiles}) or, for a sweep on a
 * cluster, a store every executor can write (the cluster module's HDFS or S3 one). The store decides what the bytes
 * are; this says only where they go, so that the JSON of a run is the same bytes wherever it is kept.
 *
 * <p>An implementation that is {@link java.io.Serializable} can be sent to another JVM (an executor), which then
 * saves its runs with a {@code RunStore} of its own over it.
 */
public interface RunFiles {
    /** The file's bytes, or empty if there is no such file; an IOException if it is there but cannot be read. */
    Optional<byte[]> read(String name) throws IOException;

    /** Writes the file whole or not at all: a reader never sees half of it. Replaces a file of that name. */
    void write(String name, byte[] bytes) throws IOException;

    /** How many run files ({@code *.json}) there are; 0 if the store does not exist yet. */
    int count();

    /** Where the files are, for messages: a folder, a URI. */
    String where();
}
