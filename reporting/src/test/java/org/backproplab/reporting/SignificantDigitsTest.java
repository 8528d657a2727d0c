package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignificantDigitsTest {
    private final SignificantDigits format = new SignificantDigits(3);

    @Test
    void writesEverydaySizesPlainWithoutTrailingZeros() {
        assertEquals("1.51", format.format(1.5135));
        assertEquals("1.1", format.format(1.1));
        assertEquals("0.00123", format.format(0.0012345));
        assertEquals("100", format.format(100.0));
    }

    @Test
    void switchesToScientificForTinyValues() {
        assertEquals("1.23e-05", format.format(1.2345e-5));
    }
}
