package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void everyGeneratedNameGivesItsStandardSetWithTheSeed() {
        for (String name : new String[] {"spirals", "circles", "moons", "xor", "checkerboard"}) {
            Synthetic set = Datasets.synthetic(name, 9);
            assertEquals(name, set.name());
            assertEquals(set.generate(), Datasets.synthetic(" " + name.toUpperCase() + " ", 9).generate());
            assertEquals(set, Datasets.parse(name, 9, null));
        }
        assertEquals(Spirals.standard(9), Datasets.synthetic("spirals", 9));
    }

    @Test
    void realSetsAndFilesHaveTheirOwnTypes() {
        assertInstanceOf(Digits.class, Datasets.parse("digits", 1, null));
        assertInstanceOf(Mnist10k.class, Datasets.parse("MNIST-10k", 1, null));
        assertEquals(new MnistFiles(Path.of("/data/mnist")), Datasets.parse("mnist", 1, Path.of("/data/mnist")));
        assertEquals(new CsvFile(Path.of("my data/iris.csv")), Datasets.parse(" my data/iris.csv ", 1, null));
        for (String name : Datasets.names()) {
            assertTrue(Datasets.listing().contains("  " + name + " "), name);
        }
    }

    @Test
    void anUnknownNameIsOneLineListingTheValidOnes() {
        assertEquals("unknown dataset 'mnits'; expected one of: digits, mnist-10k, mnist-10k-raw, mnist, spirals, circles, moons, "
                + "xor, checkerboard, or the path of a .csv file",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parse("mnits", 1, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Datasets.parse("mnist", 1, null))
                .getMessage().startsWith("mnist is read from a folder: set -Ddata.dir"));
        assertThrows(IllegalArgumentException.class, () -> Datasets.parse(null, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Datasets.synthetic("digits", 1));
    }

    @Test
    void theSeedsSamplesAreTheSlidesNumbers() {
        SeedExamples.Sample s = SeedExamples.sigmoid222();
        assertArrayEquals(new double[] {0.05, 0.10}, s.input());
        assertArrayEquals(new double[] {0.01, 0.99}, s.target());
        assertEquals(new SeedExamples.Sample(new double[] {0, 0}, new double[] {0}), SeedExamples.xorFirstSample());
        s.input()[0] = 7;
        assertEquals(0.05, s.input()[0]);
        assertThrows(IllegalArgumentException.class, () -> new SeedExamples.Sample(new double[0], new double[1]));
    }
}
