package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DataSource#fingerprint()}: the same data gives the same digest, one changed value another. */
class FingerprintTest {
    @TempDir
    Path dir;

    private static void assertSha256Hex(String fingerprint) {
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    }

    @Test
    void aCsvFileIsKnownByItsContentNotItsName() throws Exception {
        String text = "a,b,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n";
        CsvFile first = new CsvFile(Files.writeString(dir.resolve("one.csv"), text));
        CsvFile copy = new CsvFile(Files.writeString(dir.resolve("two.csv"), text));
        assertSha256Hex(first.fingerprint());
        assertEquals(first.fingerprint(), new CsvFile(dir.resolve("one.csv")).fingerprint());
        assertEquals(first.fingerprint(), copy.fingerprint());
        String before = first.fingerprint();
        Files.writeString(first.file(), text.replace("5,6,0", "5,9,0")); // one cell
        assertNotEquals(before, first.fingerprint());
    }

    @Test
    void aMissingCsvFileIsTheSameOneLineAsForLoading() {
        Path missing = dir.resolve("gone.csv");
        assertEquals(missing + ": no such file; expected a CSV file of numeric features and an integer label column",
                assertThrows(DataFileException.class, () -> new CsvFile(missing).fingerprint()).getMessage());
    }

    @Test
    void anMnistFolderIsKnownByItsFourFiles() throws Exception {
        IdxFiles.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.images(3), true);
        IdxFiles.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.labels(1, 2, 3), true);
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.images(2), false);
        IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFiles.labels(9, 0), false);
        MnistFiles mnist = new MnistFiles(dir);
        String before = mnist.fingerprint();
        assertSha256Hex(before);
        assertEquals(before, mnist.fingerprint());
        IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFiles.labels(9, 1), false); // one label
        assertNotEquals(before, mnist.fingerprint());
    }

    @Test
    void theShippedSetsHaveStableDistinctFingerprints() {
        String digits = new Digits().fingerprint();
        String mnist = new Mnist10k().fingerprint();
        assertSha256Hex(digits);
        assertSha256Hex(mnist);
        assertEquals(digits, new Digits().fingerprint());
        assertEquals(mnist, new Mnist10k().fingerprint());
        assertNotEquals(digits, mnist);
    }

    @Test
    void aGeneratedSetIsKnownByItsParametersAndSeed() {
        List<Synthetic> sets = List.of(Spirals.standard(1), Spirals.standard(2), new Spirals(3, 200, 0.21, 1),
                Circles.standard(1), Moons.standard(1), Xor.standard(1));
        Set<String> fingerprints = new java.util.HashSet<>();
        for (Synthetic s : sets) {
            assertSha256Hex(s.fingerprint());
            fingerprints.add(s.fingerprint());
        }
        assertEquals(sets.size(), fingerprints.size());
        assertEquals(Spirals.standard(1).fingerprint(), Datasets.synthetic("spirals", 1).fingerprint());
    }
}
