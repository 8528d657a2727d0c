package org.backproplab.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * ...), plain or gzipped (told apart by the gzip magic bytes, not by the name). The format, from
 * http://yann.lecun.com/exdb/mnist/: a big-endian 32-bit magic number {@code 0x00000803} (unsigned bytes, 3
 * dimensions) for images or {@code 0x00000801} (1 dimension) for labels, then each dimension's size as a 32-bit
 * integer, then the bytes, row-major. Every way a file can be wrong is one {@link DataFileException} line, and no
 * header makes the reader allocate more than the file holds ({@link IdxStream}).
 */
public final class Idx {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    private static final String IMAGE_FILE = "an IDX image file";
    private static final String LABEL_FILE = "an IDX label file";

    private Idx() {
    }

    /** Images as unsigned grey levels 0..255, {@code count x rows x cols}, row-major. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public int pixel(int image, int index) {
            return pixels[image * rows * cols + index] & 0xFF;
        }
    }

    public static Images readImages(Path file) {
        RegularFile.require(file, IMAGE_FILE);
        try (InputStream in = Files.newInputStream(file)) {
            return readImages(file.toString(), in, Files.size(file));
        } catch (IOException e) {
            throw RegularFile.unreadable(file, e);
        }
    }

    public static int[] readLabels(Path file) {
        RegularFile.require(file, LABEL_FILE);
        try (InputStream in = Files.newInputStream(file)) {
            return readLabels(file.toString(), in, Files.size(file));
        } catch (IOException e) {
            throw RegularFile.unreadable(file, e);
        }
    }

    /** Reads an image file from {@code in}, which may be gzipped; {@code name} names it in error messages. */
    public static Images readImages(String name, InputStream in) throws IOException {
        return readImages(name, in, -1);
    }

    /** Reads a label file from {@code in}, which may be gzipped; {@code name} names it in error messages. */
    public static int[] readLabels(String name, InputStream in) throws IOException {
        return readLabels(name, in, -1);
    }

    private static Images readImages(String name, InputStream in, long fileLength) throws IOException {
        IdxStream data = IdxStream.open(name, in, fileLength, IMAGE_FILE);
        magic(name, data, IMAGES_MAGIC, "an image file");
        int count = size(name, data, "image count");
        int rows = size(name, data, "row count");
        int cols = size(name, data, "column count");
        byte[] pixels = data.body((long) count * rows * cols, count + " images of " + rows + " x " + cols);
        return new Images(count, rows, cols, pixels);
    }

    private static int[] readLabels(String name, InputStream in, long fileLength) throws IOException {
        IdxStream data = IdxStream.open(name, in, fileLength, LABEL_FILE);
        magic(name, data, LABELS_MAGIC, "a label file");
        int count = size(name, data, "label count");
        byte[] bytes = data.body(count, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = bytes[i] & 0xFF;
        }
        return labels;
    }

    private static void magic(String name, IdxStream data, int expected, String kind) throws IOException {
        int magic = data.header("magic number");
        if (magic != expected) {
            throw new DataFileException(name, String.format("magic number 0x%08X%s; expected 0x%08X, %s in IDX "
                    + "format", magic, whatMagicSays(magic), expected, kind));
        }
    }

    /** A dimension from the header: an empty set (0 images, images of 0 rows) is as unusable as a negative one. */
    private static int size(String name, IdxStream data, String what) throws IOException {
        int n = data.header(what);
        if (n < 1) {
            throw new DataFileException(name, "the header's " + what + " is " + n + "; expected at least 1");
        }
        return n;
    }

    /** What a magic number of another IDX file says it holds, so that a swapped or foreign file is recognized. */
    private static String whatMagicSays(int magic) {
        if (magic == IMAGES_MAGIC) {
            return " (that is an image file)";
        }
        if (magic == LABELS_MAGIC) {
            return " (that is a label file)";
        }
        String type = switch ((magic >>> 8) & 0xFF) {
            case 0x08 -> "unsigned bytes";
            case 0x09 -> "signed bytes";
            case 0x0B -> "16-bit integers";
            case 0x0C -> "32-bit integers";
            case 0x0D -> "floats";
            case 0x0E -> "doubles";
            default -> null;
        };
        int dimensions = magic & 0xFF;
        return (magic >>> 16) != 0 || type == null ? ""
                : " (an IDX file of " + type + " in " + dimensions + " dimension" + (dimensions == 1 ? "" : "s") + ")";
    }
}
