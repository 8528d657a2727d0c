package org.backproplab.datasets;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of one IDX file, plain or gzipped, read so that no header can make the reader allocate what the file
 * does not hold: a plain file's length is compared with the header's promise before anything is allocated, and a
 * gzipped file's body, whose length is only known once it is unpacked, is read into a buffer that grows (doubling,
 * from 1 MiB) only as its bytes arrive. A gzip stream that is corrupt or cut short is said to be so, with where,
 * rather than passing for an IDX file of the wrong length.
 */
final class IdxStream {
    /** The largest array Java can allocate. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int FIRST_CHUNK = 1 << 20;
    /** How far past its promised end a gzipped file is unpacked to tell "longer" from "corrupt" (its CRC is last). */
    private static final long TAIL_LIMIT = 1L << 24;

    private final String name;
    private final DataInputStream data;
    /** The file's length in bytes, if known before reading (a plain file on disk); -1 otherwise. */
    private final long length;
    /** The header bytes read so far. */
    private long read;

    private IdxStream(String name, DataInputStream data, long length) {
        this.name = name;
        this.data = data;
        this.length = length;
    }

    /**
     * @param fileLength the file's size in bytes if known (-1 if not); used only if the file is not gzipped
     * @param expected what the file should be ("an IDX image file"), for the message if it is empty
     */
    static IdxStream open(String name, InputStream in, long fileLength, String expected) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 < 0) {
            throw new DataFileException(name, "is empty (0 bytes); expected " + expected);
        }
        if (b1 == 0x1f && b2 == 0x8b) {
            return new IdxStream(name, new DataInputStream(new BufferedInputStream(Gunzip.open(name, buffered),
                    1 << 16)), -1);
        }
        return new IdxStream(name, new DataInputStream(buffered), fileLength);
    }

    /** The next header field, a big-endian 32-bit integer; {@code what} names it if the file ends first. */
    int header(String what) throws IOException {
        try {
            int v = data.readInt();
            read += 4;
            return v;
        } catch (EOFException e) {
            throw new DataFileException(name, "truncated: the file ends inside its header (before the " + what + ")");
        }
    }

    /**
     * The body: exactly {@code bytes} bytes, then the end of the file.
     *
     * @param promised what the header promises, for messages ("3 images of 28 x 28")
     */
    byte[] body(long bytes, String promised) throws IOException {
        if (length >= 0 && length - read < bytes) {
            throw truncated(promised, bytes, length - read);
        }
        if (length >= 0 && length - read > bytes) {
            throw longer(promised, bytes, Long.toString(length - read - bytes));
        }
        if (bytes > MAX_ARRAY) {
            // Most likely a corrupt header: count what is there (storing nothing) to say which.
            long there = skip(bytes);
            if (there < bytes) {
                throw truncated(promised, bytes, there);
            }
            throw new DataFileException(name, "the header promises " + promised + " (" + bytes + " bytes), too "
                    + "many to hold in one array (at most " + MAX_ARRAY + ")");
        }
        byte[] into = allocate((int) Math.min(bytes, FIRST_CHUNK), bytes, promised);
        int filled = 0;
        while (filled < bytes) {
            if (filled == into.length) {
                byte[] larger = allocate((int) Math.min(bytes, 2L * into.length), bytes, promised);
                System.arraycopy(into, 0, larger, 0, filled);
                into = larger;
            }
            int n = data.read(into, filled, into.length - filled);
            if (n < 0) {
                throw truncated(promised, bytes, filled);
            }
            filled += n;
        }
        // Read on to the end, so that a gzipped file's CRC is checked before its length is judged.
        long extra = skip(TAIL_LIMIT);
        if (extra > 0) {
            throw longer(promised, bytes, (extra >= TAIL_LIMIT ? "at least " : "") + extra);
        }
        return into;
    }

    /** Reads and drops up to {@code limit} bytes; returns how many there were. */
    private long skip(long limit) throws IOException {
        long skipped = 0;
        byte[] drop = new byte[1 << 16];
        for (int n; skipped < limit && (n = data.read(drop, 0, (int) Math.min(drop.length, limit - skipped))) >= 0;) {
            skipped += n;
        }
        return skipped;
    }

    /** A real file too large for this JVM's heap is a clear refusal too, not an OutOfMemoryError. */
    private byte[] allocate(int size, long bytes, String promised) {
        try {
            return new byte[size];
        } catch (OutOfMemoryError e) {
            throw new DataFileException(name, String.format("holds %s (%,d bytes), more than this Java's memory "
                    + "(at most %,d MB) can take; run it with a larger -Xmx", promised, bytes,
                    Runtime.getRuntime().maxMemory() >> 20));
        }
    }

    private DataFileException truncated(String promised, long bytes, long holds) {
        return new DataFileException(name, "truncated: the header promises " + promised + " (" + bytes
                + " bytes) but the file ends after " + holds);
    }

    private DataFileException longer(String promised, long bytes, String extra) {
        return new DataFileException(name, "longer than its header says: the header promises " + promised + " ("
                + bytes + " bytes) and " + extra + " more follow: not an IDX file of this kind, or two files joined");
    }

    /**
     * A gzip stream whose every failure is one {@link DataFileException} saying where in the file it broke. The
     * position is the compressed bytes the inflater has consumed: exact for a file of one gzip member, and near
     * the spot for the rare file of several.
     */
    private static final class Gunzip extends GZIPInputStream {
        private final String name;
        private final Counting raw;

        private Gunzip(String name, Counting raw) throws IOException {
            super(raw, 1 << 16);
            this.name = name;
            this.raw = raw;
        }

        static InputStream open(String name, InputStream in) throws IOException {
            Counting raw = new Counting(in);
            try {
                return new Gunzip(name, raw);
            } catch (EOFException e) {
                throw new DataFileException(name, "is not a valid gzip file: it ends at byte " + raw.count
                        + ", inside its gzip header");
            } catch (ZipException e) {
                throw new DataFileException(name, "is not a valid gzip file: " + e.getMessage());
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                throw new DataFileException(name, "is not a valid gzip file: it ends too early, at byte " + raw.count
                        + " (cut short while copying or downloading?)");
            } catch (ZipException e) {
                if (String.valueOf(e.getMessage()).contains("trailer")) {
                    // The data unpacked, but not to what was packed: the CRC or the length at the end differ.
                    throw new DataFileException(name, "is not a valid gzip file: its data does not match the "
                            + "checksum at its end (corrupted somewhere in its " + raw.count + " bytes)");
                }
                long at = Math.max(0, raw.count - inf.getRemaining());
                throw new DataFileException(name, "is not a valid gzip file: corrupted near byte " + at + " ("
                        + e.getMessage() + ")");
            }
        }
    }

    /** Counts the bytes read from the file itself, beneath the gzip layer. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
