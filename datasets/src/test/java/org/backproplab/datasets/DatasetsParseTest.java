package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Datasets#parse}: every listed name resolves, generated sets take the seed, and typos get one line. */
class DatasetsParseTest {

    @Test
    void everyListedNameResolvesToASourceOfThatName() {
        assertEquals(List.of("digits", "mnist-10k", "mnist-10k-raw", "mnist", "spirals", "circles", "moons", "xor",
                "checkerboard"), Datasets.names());
        for (String name : Datasets.names()) {
            DataSource source = Datasets.parse(name, 3, Path.of("/nowhere"));
            assertEquals(name, source.name());
        }
        assertThrows(UnsupportedOperationException.class, () -> Datasets.names().add("iris"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spirals", "circles", "moons", "xor", "checkerboard"})
    void generatedNamesCarryTheSeed(String name) {
        Synthetic seven = assertInstanceOf(Synthetic.class, Datasets.parse(name, 7, null));
        Synthetic again = assertInstanceOf(Synthetic.class, Datasets.parse("\t" + name.toUpperCase() + " ", 7, null));
        Synthetic eight = assertInstanceOf(Synthetic.class, Datasets.parse(name, 8, null));
        assertEquals(seven, again);
        assertArrayEquals(seven.generate().inputs(), again.generate().inputs());
        assertFalse(Arrays.equals(seven.generate().inputs(), eight.generate().inputs()));
        assertEquals(600, seven.generate().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spiral", "", "  ", "digits.txt", "mnist10k"})
    void anUnknownNameIsQuotedAsTypedAndTheValidOnesListed(String name) {
        assertEquals("unknown dataset '" + name + "'; expected one of: digits, mnist-10k, mnist-10k-raw, mnist, spirals, circles, "
                + "moons, xor, checkerboard, or the path of a .csv file",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parse(name, 1, null)).getMessage());
    }

    @Test
    void anUnknownGeneratedNameListsOnlyTheGeneratedOnes() {
        assertEquals("unknown generated dataset 'digits'; expected one of: spirals, circles, moons, xor, checkerboard",
                assertThrows(IllegalArgumentException.class, () -> Datasets.synthetic("digits", 1)).getMessage());
        assertEquals("unknown dataset 'null'; expected one of: digits, mnist-10k, mnist-10k-raw, mnist, spirals, circles, moons, "
                + "xor, checkerboard, or the path of a .csv file",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parse(null, 1, null)).getMessage());
    }

    @Test
    void aCsvPathKeepsItsCaseButItsExtensionMayBeUpperCase() {
        assertEquals(new CsvFile(Path.of("Data/Iris.CSV")), Datasets.parse(" Data/Iris.CSV\n", 1, null));
    }
}
