package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "gzipped {0}")
    @ValueSource(booleans = {false, true})
    void readsImagesAndLabelsPlainOrGzipped(boolean gzip) throws Exception {
        // The name does not say gzip: the reader goes by the magic bytes.
        Idx.Images images = Idx.readImages(IdxFiles.write(dir.resolve("images"), IdxFiles.images(3), gzip));
        assertEquals(3, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.cols());
        assertEquals(25, images.pixel(2, 5));
        assertArrayEquals(new int[] {7, 0, 255}, Idx.readLabels(IdxFiles.write(dir.resolve("labels"),
                IdxFiles.labels(7, 0, 255), gzip)));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("train-images-idx3-ubyte");
        assertEquals(missing + ": no such file; expected an IDX image file",
                assertThrows(DataFileException.class, () -> Idx.readImages(missing)).getMessage());
    }

    @Test
    void aWrongMagicNumberSaysWhatTheFileIs() throws Exception {
        Path labels = IdxFiles.write(dir.resolve("swapped"), IdxFiles.labels(1, 2), true);
        assertEquals(labels + ": magic number 0x00000801 (that is a label file); expected 0x00000803, an image "
                + "file in IDX format",
                assertThrows(DataFileException.class, () -> Idx.readImages(labels)).getMessage());
        Path text = IdxFiles.write(dir.resolve("text"), "hello, world".getBytes(), false);
        assertEquals(text + ": magic number 0x68656C6C; expected 0x00000801, a label file in IDX format",
                assertThrows(DataFileException.class, () -> Idx.readLabels(text)).getMessage());
    }

    @Test
    void aTruncatedFileSaysHowMuchIsMissing() throws Exception {
        byte[] full = IdxFiles.images(4);
        Path cut = IdxFiles.write(dir.resolve("cut.gz"), Arrays.copyOf(full, full.length - 5), true);
        assertEquals(cut + ": truncated: the header promises 4 images of 2 x 3 (24 bytes) but the file ends after 19",
                assertThrows(DataFileException.class, () -> Idx.readImages(cut)).getMessage());
        Path header = IdxFiles.write(dir.resolve("header"), Arrays.copyOf(full, 6), false);
        assertEquals(header + ": truncated: the file ends inside its header (before the image count)",
                assertThrows(DataFileException.class, () -> Idx.readImages(header)).getMessage());
        Path empty = IdxFiles.write(dir.resolve("empty"), new byte[0], false);
        assertEquals(empty + ": is empty (0 bytes); expected an IDX label file",
                assertThrows(DataFileException.class, () -> Idx.readLabels(empty)).getMessage());
    }

    @Test
    void aFileLongerThanItsHeaderIsRefused() throws Exception {
        byte[] full = IdxFiles.labels(1, 2, 3);
        Path longer = IdxFiles.write(dir.resolve("longer"), Arrays.copyOf(full, full.length + 1), false);
        assertEquals(longer + ": longer than its header says: the header promises 3 labels (3 bytes) and 1 more "
                + "follow: not an IDX file of this kind, or two files joined",
                assertThrows(DataFileException.class, () -> Idx.readLabels(longer)).getMessage());
    }
}
