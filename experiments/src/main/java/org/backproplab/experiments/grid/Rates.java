package org.backproplab.experiments.grid;

import java.util.Locale;

/**
 * A learning rate as a reader writes it: three significant digits, no exponent noise ({@code 3.16e-4}, not
 * {@code 3.1622776601683794E-4}; {@code 0.316}, {@code 10}). Tables (CSV) keep the exact value; prose, labels and
 * figure legends use this.
 */
public final class Rates {
    private Rates() {
    }

    public static String text(double rate) {
        if (rate == 0 || !Double.isFinite(rate)) {
            return String.valueOf(rate);
        }
        double magnitude = Math.abs(rate);
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            // Three significant digits, trailing zeros dropped: 0.316, 3.16, 10, 0.001.
            java.math.BigDecimal d = new java.math.BigDecimal(rate).round(new java.math.MathContext(3))
                    .stripTrailingZeros();
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        }
        String e = String.format(Locale.ROOT, "%.2e", rate); // 3.16e-04
        String mantissa = e.substring(0, e.indexOf('e')).replaceAll("\\.?0+$", "");
        int exponent = Integer.parseInt(e.substring(e.indexOf('e') + 1));
        return mantissa + "e" + exponent;
    }
}
