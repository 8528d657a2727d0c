package org.backproplab.reporting;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels with a fixed number of significant digits, plain for everyday sizes (0.693, 1.1) and in scientific
 * notation only when they are very small or large (1.23e-05). A log axis over less than a decade puts its ticks at
 * fractions of a decade, whose values no fixed-decimals format writes well.
 */
final class SignificantDigits extends NumberFormat {
    private final int digits;

    SignificantDigits(int digits) {
        this.digits = digits;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        String text = String.format(Locale.ROOT, "%." + digits + "g", number);
        if (!text.contains("e")) {
            // %g pads with zeros to the digit count (1.10); a reader does not need them.
            text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        }
        return to.append(text);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("tick labels are only written");
    }
}
