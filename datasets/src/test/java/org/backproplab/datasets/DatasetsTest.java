package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void everyListedNameGivesItsStandardSetWithTheSeed() {
        for (String name : Datasets.names()) {
            Synthetic set = Datasets.parse(name, 9);
            assertEquals(name, set.name());
            assertEquals(set.generate(), Datasets.parse(" " + name.toUpperCase() + " ", 9).generate());
        }
        assertEquals(Spirals.standard(9), Datasets.parse("spirals", 9));
        assertEquals(Xor.standard(Datasets.DEFAULT_SEED), Datasets.parse("xor"));
    }

    @Test
    void anUnknownNameIsOneLineListingTheValidOnes() {
        assertEquals("unknown dataset 'mnist'; expected one of: spirals, circles, moons, xor",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parse("mnist")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Datasets.parse(null));
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
