package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad IDX file ends as one {@link DataFileException} line, and no header makes the reader allocate what the
 * file does not hold: the headers below claim up to 1.7 TB, and the tests run in the default heap.
 */
class BadIdxFilesTest {
    private static final int MAX = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    private static Arguments images(String name, byte[] content, String expected) {
        return Arguments.of(name, true, content, expected);
    }

    private static Arguments labels(String name, byte[] content, String expected) {
        return Arguments.of(name, false, content, expected);
    }

    /** 20 images of 28 x 28 that compress well, as real digits do: mostly blank, the rest a repeating pattern. */
    private static byte[] compressible() throws Exception {
        byte[] idx = IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {20, 28, 28}, 20 * 784);
        for (int i = 16; i < idx.length; i++) {
            idx[i] = (byte) ((i % 784) < 300 ? 0 : (i * 7 / 13) % 256);
        }
        return idx;
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x55;
        return copy;
    }

    private static byte[] twice(byte[] bytes) {
        byte[] both = Arrays.copyOf(bytes, 2 * bytes.length);
        System.arraycopy(bytes, 0, both, bytes.length, bytes.length);
        return both;
    }

    static Stream<Arguments> badFiles() throws Exception {
        byte[] gzipped = IdxFiles.gzip(compressible());
        byte[] threeLabels = IdxFiles.labels(1, 2, 3);
        return Stream.of(
                labels("2^31-1 labels claimed, plain", IdxFiles.idx(Idx.LABELS_MAGIC, new int[] {MAX}, 3),
                        "truncated: the header promises 2147483647 labels (2147483647 bytes) but the file ends after 3"),
                labels("2^31-1 labels claimed, gzipped", IdxFiles.gzip(IdxFiles.idx(Idx.LABELS_MAGIC, new int[] {MAX},
                        3)), "truncated: the header promises 2147483647 labels (2147483647 bytes) but the file ends "
                                + "after 3"),
                images("2,000,000 images claimed, gzipped", IdxFiles.gzip(IdxFiles.idx(Idx.IMAGES_MAGIC,
                        new int[] {2_000_000, 28, 28}, 10)), "truncated: the header promises 2000000 images of 28 x 28 "
                                + "(1568000000 bytes) but the file ends after 10"),
                images("2^31-1 images claimed, plain", IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {MAX, 28, 28}, 10),
                        "truncated: the header promises 2147483647 images of 28 x 28 (1683627179248 bytes) but the "
                                + "file ends after 10"),
                images("2^31-1 images claimed, gzipped", IdxFiles.gzip(IdxFiles.idx(Idx.IMAGES_MAGIC,
                        new int[] {MAX, 28, 28}, 10)), "truncated: the header promises 2147483647 images of 28 x 28 "
                                + "(1683627179248 bytes) but the file ends after 10"),
                labels("0 labels", IdxFiles.idx(Idx.LABELS_MAGIC, new int[] {0}, 0),
                        "the header's label count is 0; expected at least 1"),
                images("0 images", IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {0, 28, 28}, 0),
                        "the header's image count is 0; expected at least 1"),
                images("images of 0 rows", IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {5, 0, 28}, 0),
                        "the header's row count is 0; expected at least 1"),
                images("images of 28 x 0", IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {5, 28, 0}, 0),
                        "the header's column count is 0; expected at least 1"),
                labels("a negative count", IdxFiles.idx(Idx.LABELS_MAGIC, new int[] {-3}, 0),
                        "the header's label count is -3; expected at least 1"),
                labels("0 bytes", new byte[0], "is empty (0 bytes); expected an IDX label file"),
                labels("0 bytes named .gz", new byte[0], "is empty (0 bytes); expected an IDX label file"),
                labels("the gzip magic alone", new byte[] {0x1f, (byte) 0x8b},
                        "is not a valid gzip file: it ends at byte 2, inside its gzip header"),
                images("gzip corrupted mid-stream (issue 18)", flip(gzipped, gzipped.length / 2), "is not a valid "
                        + "gzip file: its data does not match the checksum at its end (corrupted somewhere in its "
                        + gzipped.length + " bytes)"),
                images("gzip with a broken block header", flip(gzipped, 10), "is not a valid gzip file: corrupted near "
                        + "byte 15 (invalid stored block lengths)"),
                images("gzip cut in half", Arrays.copyOf(gzipped, gzipped.length / 2), "is not a valid gzip file: it "
                        + "ends too early, at byte " + gzipped.length / 2 + " (cut short while copying or downloading?)"),
                labels("gzip without its trailer", Arrays.copyOf(IdxFiles.gzip(threeLabels),
                        IdxFiles.gzip(threeLabels).length - 8), "is not a valid gzip file: it ends too early, at byte "
                                + (IdxFiles.gzip(threeLabels).length - 8) + " (cut short while copying or downloading?)"),
                images("a 2-dimensional IDX file", IdxFiles.idx(0x0802, new int[] {2, 2}, 4), "magic number 0x00000802 "
                        + "(an IDX file of unsigned bytes in 2 dimensions); expected 0x00000803, an image file in IDX "
                        + "format"),
                images("an IDX file of ints", IdxFiles.idx(0x0C03, new int[] {1, 1, 1}, 4), "magic number 0x00000C03 "
                        + "(an IDX file of 32-bit integers in 3 dimensions); expected 0x00000803, an image file in IDX "
                        + "format"),
                labels("two label files joined", twice(threeLabels), "longer than its header says: the header promises "
                        + "3 labels (3 bytes) and 11 more follow: not an IDX file of this kind, or two files joined"),
                labels("two gzipped label files joined", twice(IdxFiles.gzip(threeLabels)), "longer than its header "
                        + "says: the header promises 3 labels (3 bytes) and 11 more follow: not an IDX file of this "
                        + "kind, or two files joined"),
                images("a truncated header", Arrays.copyOf(IdxFiles.images(1), 10),
                        "truncated: the file ends inside its header (before the row count)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsOneLineNamingTheProblem(String name, boolean images, byte[] content, String expected)
            throws Exception {
        Path file = Files.write(dir.resolve(name.contains("gz") ? "file.gz" : "file"), content);
        String message = assertThrows(DataFileException.class,
                () -> {
                    if (images) {
                        Idx.readImages(file);
                    } else {
                        Idx.readLabels(file);
                    }
                }).getMessage();
        assertEquals(file + ": " + expected, message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void theSameChecksHoldForAStreamOfUnknownLength() throws Exception {
        // The embedded sets are read from a stream: no file length to compare, the bounded read still refuses.
        byte[] claim = IdxFiles.idx(Idx.LABELS_MAGIC, new int[] {MAX}, 3);
        assertEquals("labels: truncated: the header promises 2147483647 labels (2147483647 bytes) but the file ends "
                + "after 3", assertThrows(DataFileException.class,
                        () -> Idx.readLabels("labels", new java.io.ByteArrayInputStream(claim))).getMessage());
    }

    @Test
    void aFolderOrAPipeIsSaidForWhatItIs() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("train-labels-idx1-ubyte"));
        assertEquals(folder + ": is a folder; expected an IDX label file",
                assertThrows(DataFileException.class, () -> Idx.readLabels(folder)).getMessage());
        Path pipe = dir.resolve("train-images-idx3-ubyte");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DataFileException.class, () -> Idx.readImages(pipe)).getMessage());
        assertEquals(pipe + ": is not a regular file (a named pipe, a device or a socket); expected an IDX image file",
                message);
    }
}
