package org.backproplab.datasets;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * ...), plain or gzipped (told apart by the gzip magic bytes, not by the name). The format, from
 * http://yann.lecun.com/exdb/mnist/: a big-endian 32-bit magic number {@code 0x00000803} (unsigned bytes, 3
 * dimensions) for images or {@code 0x00000801} (1 dimension) for labels, then each dimension's size as a 32-bit
 * integer, then the bytes, row-major. Every way a file can be wrong is one {@link DataFileException} line.
 */
public final class Idx {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private Idx() {
    }

    /** Images as unsigned grey levels 0..255, {@code count x rows x cols}, row-major. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public int pixel(int image, int index) {
            return pixels[image * rows * cols + index] & 0xFF;
        }
    }

    public static Images readImages(Path file) {
        try (InputStream in = open(file)) {
            return readImages(file.toString(), in);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public static int[] readLabels(Path file) {
        try (InputStream in = open(file)) {
            return readLabels(file.toString(), in);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads an image file from {@code in}, which may be gzipped; {@code name} names it in error messages. */
    public static Images readImages(String name, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(ungzip(in));
        int magic = header(name, data, "magic number");
        if (magic != IMAGES_MAGIC) {
            throw new DataFileException(name, wrongMagic(magic, IMAGES_MAGIC, "an image file"));
        }
        int count = size(name, data, "image count");
        int rows = size(name, data, "row count");
        int cols = size(name, data, "column count");
        long bytes = (long) count * rows * cols;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new DataFileException(name, "header says " + count + " images of " + rows + " x " + cols
                    + ", too large to hold in one array");
        }
        byte[] pixels = new byte[(int) bytes];
        body(name, data, pixels, count + " images of " + rows + " x " + cols);
        return new Images(count, rows, cols, pixels);
    }

    /** Reads a label file from {@code in}, which may be gzipped; {@code name} names it in error messages. */
    public static int[] readLabels(String name, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(ungzip(in));
        int magic = header(name, data, "magic number");
        if (magic != LABELS_MAGIC) {
            throw new DataFileException(name, wrongMagic(magic, LABELS_MAGIC, "a label file"));
        }
        int count = size(name, data, "label count");
        byte[] bytes = new byte[count];
        body(name, data, bytes, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = bytes[i] & 0xFF;
        }
        return labels;
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new DataFileException(file, "no such file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "no such file");
        }
    }

    /** Gzipped or not, by the two magic bytes 0x1f 0x8b, so a file renamed without .gz still reads. */
    private static InputStream ungzip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
                : buffered;
    }

    private static int header(String name, DataInputStream data, String what) throws IOException {
        try {
            return data.readInt();
        } catch (EOFException e) {
            throw new DataFileException(name, "truncated: the file ends inside its header (before the " + what
                    + ")");
        }
    }

    private static int size(String name, DataInputStream data, String what) throws IOException {
        int n = header(name, data, what);
        if (n < 0) {
            throw new DataFileException(name, "header gives a negative " + what + " (" + n + ")");
        }
        return n;
    }

    private static void body(String name, DataInputStream data, byte[] into, String promised) throws IOException {
        int read = 0;
        while (read < into.length) {
            int n = data.read(into, read, into.length - read);
            if (n < 0) {
                throw new DataFileException(name, "truncated: the header promises " + promised + " ("
                        + into.length + " bytes) but the file ends after " + read);
            }
            read += n;
        }
        if (data.read() >= 0) {
            throw new DataFileException(name, "longer than its header says (" + promised + "): not an IDX file "
                    + "of this kind, or two files joined");
        }
    }

    private static String wrongMagic(int magic, int expected, String kind) {
        String hint = magic == IMAGES_MAGIC ? " (that is an image file)"
                : magic == LABELS_MAGIC ? " (that is a label file)" : "";
        return String.format("magic number 0x%08X%s; expected 0x%08X, %s in IDX format", magic, hint, expected, kind);
    }
}
