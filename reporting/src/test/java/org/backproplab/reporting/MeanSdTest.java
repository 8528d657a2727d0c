package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class MeanSdTest {
    @Test
    void matchesCommonsMathSampleStatistics() {
        double[] v = {0.91, 0.87, 0.95, 0.89, 0.90};
        DescriptiveStatistics reference = new DescriptiveStatistics(v);
        MeanSd m = MeanSd.of(v);
        assertEquals(reference.getMean(), m.mean(), 1e-15);
        assertEquals(reference.getStandardDeviation(), m.sd(), 1e-15);
        assertEquals(5, m.n());
    }

    @Test
    void staysAccurateWhenTheSpreadIsTinyNextToTheMean() {
        MeanSd m = MeanSd.of(1e9 + 1, 1e9 + 2, 1e9 + 3);
        assertEquals(1.0, m.sd(), 1e-9);
    }

    @Test
    void leavesOutDivergedRunsAndCountsWhatIsLeft() {
        MeanSd m = MeanSd.of(1.0, Double.NaN, 3.0, Double.POSITIVE_INFINITY);
        assertEquals(2.0, m.mean());
        assertEquals(Math.sqrt(2.0), m.sd(), 1e-15);
        assertEquals(2, m.n());
    }

    @Test
    void oneValueHasNoSpreadAndNoneHasNoMean() {
        assertEquals(new MeanSd(4.0, 0.0, 1), MeanSd.of(4.0));
        MeanSd none = MeanSd.of(Double.NaN);
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.sd()));
        assertEquals(0, none.n());
    }
}
