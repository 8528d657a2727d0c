package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StandardizerTest {
    @Test
    void centresAndScalesEachFeatureAndOnlyCentresAConstantOne() {
        Dataset d = new Dataset("d", 2, new double[] {1, 5, 3, 5, 5, 5}, new int[] {0, 1, 0}, 2);
        Standardizer s = Standardizer.fit(d);
        assertArrayEquals(new double[] {3, 5}, s.mean(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 0}, s.sd(), 1e-15);
        double z = 2 / Math.sqrt(8.0 / 3);
        assertArrayEquals(new double[] {-z, 0, 0, 0, z, 0}, s.apply(d).inputs(), 1e-15);
    }

    @Test
    void anImageFitSharesOneSdSoARarelyInkedPixelIsNotBlownUp() {
        // Pixel 0 is inked in one training image of four; pixel 1 varies a lot.
        Dataset train = new Dataset("d", 2, new double[] {0, 0, 0, 1, 0, 0, 0.01, 1}, new int[] {0, 1, 0, 1}, 2);
        Standardizer own = Standardizer.fit(train);
        Standardizer image = Standardizer.fitImage(train);
        double common = Math.sqrt((own.sd()[0] * own.sd()[0] + own.sd()[1] * own.sd()[1]) / 2);
        assertArrayEquals(new double[] {common, common}, image.sd(), 1e-15);
        assertArrayEquals(own.mean(), image.mean(), 0.0);
        Dataset inked = new Dataset("t", 2, new double[] {1, 0}, new int[] {0}, 2);
        double perFeature = own.apply(inked).input(0, 0);
        double shared = image.apply(inked).input(0, 0);
        assertTrue(perFeature > 200 && shared < 3, perFeature + " vs " + shared);
    }
}
