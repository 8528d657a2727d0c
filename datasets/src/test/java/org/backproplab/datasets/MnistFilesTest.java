package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFilesTest {
    @TempDir
    Path dir;

    private void writeAll(int trainImages, int[] trainLabels) throws Exception {
        // Mixed on purpose: the train files gzipped, the test files plain, as users unpack them either way.
        IdxFiles.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.images(trainImages), true);
        IdxFiles.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.labels(trainLabels), true);
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.images(2), false);
        IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFiles.labels(9, 0), false);
    }

    @Test
    void keepsTheFilesOwnSplitAndCentresPixelsOnTheTrainingPart() throws Exception {
        writeAll(3, new int[] {1, 2, 3});
        Split s = new MnistFiles(dir).load(0.5, 1);
        assertEquals(3, s.train().size());
        assertEquals(2, s.test().size());
        assertEquals(6, s.train().features());
        assertEquals(10, s.train().classes());
        assertArrayEquals(new int[] {9, 0}, s.test().labels());
        // Training pixel k of image i is (10 i + k) / 255: every pixel has mean (10 + k) / 255 over the three
        // images and population sd sqrt(2/3) * 10 / 255, which is then also the common sd.
        double sd = Math.sqrt(2.0 / 3) * 10 / 255;
        assertEquals((25 - 15) / 255.0 / sd, s.train().input(2, 5), 1e-12);
        // The test images are centred with the training means: test pixel 0 of image 0 is 0.
        assertEquals((0 - 10) / 255.0 / sd, s.test().input(0, 0), 1e-12);
    }

    @Test
    void mismatchedCountsNameTheLabelFile() throws Exception {
        writeAll(3, new int[] {1, 2});
        DataFileException e = assertThrows(DataFileException.class, () -> new MnistFiles(dir).load(0.5, 1));
        assertEquals(dir.resolve("train-labels-idx1-ubyte.gz") + ": 2 labels for 3 images; the image and label "
                + "files must have the same count", e.getMessage());
    }

    @Test
    void aMissingFileOrFolderIsNamed() throws Exception {
        writeAll(3, new int[] {1, 2, 3});
        Files.delete(dir.resolve("t10k-labels-idx1-ubyte"));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte") + ": missing (looked for t10k-labels-idx1-ubyte and "
                + "t10k-labels-idx1-ubyte.gz in " + dir + ")",
                assertThrows(DataFileException.class, () -> new MnistFiles(dir).load(0.5, 1)).getMessage());
        Path nowhere = dir.resolve("nowhere");
        assertTrue(assertThrows(DataFileException.class, () -> new MnistFiles(nowhere).load(0.5, 1)).getMessage()
                .startsWith(nowhere + ": no such folder"));
    }

    @Test
    void aLabelThatIsNotADigitIsRefused() throws Exception {
        writeAll(3, new int[] {1, 12, 3});
        assertTrue(assertThrows(DataFileException.class, () -> new MnistFiles(dir).load(0.5, 1)).getMessage()
                .endsWith("label 1 is 12; expected a digit 0..9"));
    }

    private String error() {
        return assertThrows(DataFileException.class, () -> new MnistFiles(dir).load(0.5, 1)).getMessage();
    }

    @Test
    void aFolderThatIsAFileIsSaidToBeAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("mnist.zip"), "PK");
        assertEquals(file + ": is a file, not a folder; expected the folder holding the MNIST or Fashion-MNIST IDX "
                + "files (train-images-idx3-ubyte[.gz] and the others)",
                assertThrows(DataFileException.class, () -> new MnistFiles(file).load(0.5, 1)).getMessage());
    }

    @Test
    void anIdxFileThatIsAFolderIsSaidToBeAFolder() throws Exception {
        writeAll(3, new int[] {1, 2, 3});
        Files.delete(dir.resolve("t10k-labels-idx1-ubyte"));
        Files.createDirectory(dir.resolve("t10k-labels-idx1-ubyte"));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte") + ": is a folder; expected an IDX file", error());
    }

    @Test
    void everyFileIsFoundBeforeAnyIsRead() throws Exception {
        // A broken training file and a missing test file: the missing one is named first, without reading 47 MB.
        writeAll(3, new int[] {1, 2, 3});
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), new byte[0]);
        Files.delete(dir.resolve("t10k-images-idx3-ubyte"));
        assertTrue(error().startsWith(dir.resolve("t10k-images-idx3-ubyte") + ": missing"));
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.images(2), false);
        assertEquals(dir.resolve("train-images-idx3-ubyte.gz") + ": is empty (0 bytes); expected an IDX image file",
                error());
    }

    @Test
    void testImagesOfAnotherSizeThanTheTrainingImagesAreRefused() throws Exception {
        writeAll(3, new int[] {1, 2, 3});
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.idx(Idx.IMAGES_MAGIC, new int[] {2, 4, 4},
                32), false);
        assertEquals(dir.resolve("t10k-images-idx3-ubyte") + ": images of 4 x 4, but the training images in "
                + "train-images-idx3-ubyte.gz are 2 x 3; expected the test and training files of one set", error());
    }

    @Test
    void aLabelFileUnderAnImageFileNameIsRecognized() throws Exception {
        writeAll(3, new int[] {1, 2, 3});
        Files.copy(dir.resolve("t10k-labels-idx1-ubyte"), dir.resolve("t10k-images-idx3-ubyte"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(dir.resolve("t10k-images-idx3-ubyte") + ": magic number 0x00000801 (that is a label file); "
                + "expected 0x00000803, an image file in IDX format", error());
    }
}
