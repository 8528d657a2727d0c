package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The seeds' single samples: their numbers, their agreement with the truth table, and their copies. */
class SeedExamplesTest {

    @Test
    void sigmoid222IsTheWorkedExamplesInputsAndTargets() {
        SeedExamples.Sample s = SeedExamples.sigmoid222();
        assertArrayEquals(new double[] {0.05, 0.10}, s.input(), 0.0);
        assertArrayEquals(new double[] {0.01, 0.99}, s.target(), 0.0);
    }

    @Test
    void xorFirstSampleIsTheTruthTablesFirstRow() {
        SeedExamples.Sample s = SeedExamples.xorFirstSample();
        assertArrayEquals(new double[] {0, 0}, s.input(), 0.0);
        assertArrayEquals(new double[] {0}, s.target(), 0.0);
        Dataset table = Xor.truthTable();
        assertArrayEquals(new double[] {table.input(0, 0), table.input(0, 1)}, s.input(), 0.0);
        assertEquals(table.label(0), (int) s.target()[0]);
    }

    @Test
    void samplesCopyTheirArraysInAndOut() {
        double[] in = {1, 2};
        double[] target = {3};
        SeedExamples.Sample s = new SeedExamples.Sample(in, target);
        in[0] = 99;
        target[0] = 99;
        s.input()[1] = 99;
        s.target()[0] = 99;
        assertArrayEquals(new double[] {1, 2}, s.input(), 0.0);
        assertArrayEquals(new double[] {3}, s.target(), 0.0);
        SeedExamples.sigmoid222().target()[1] = 0;
        assertEquals(0.99, SeedExamples.sigmoid222().target()[1]);
    }

    @Test
    void samplesAreEqualByContent() {
        assertEquals(SeedExamples.sigmoid222(), SeedExamples.sigmoid222());
        assertEquals(SeedExamples.sigmoid222().hashCode(), SeedExamples.sigmoid222().hashCode());
        assertNotEquals(SeedExamples.sigmoid222(), SeedExamples.xorFirstSample());
        assertEquals("Sample[input=[0.05, 0.1], target=[0.01, 0.99]]", SeedExamples.sigmoid222().toString());
    }

    @Test
    void anEmptyOrMissingVectorIsRefused() {
        assertEquals("a sample needs >= 1 input and >= 1 target, got 2 and 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new SeedExamples.Sample(new double[2], new double[0])).getMessage());
        assertThrows(NullPointerException.class, () -> new SeedExamples.Sample(null, new double[1]));
        assertThrows(NullPointerException.class, () -> new SeedExamples.Sample(new double[1], null));
    }
}
