package org.backproplab.experiments.backproptrace;

import java.math.BigDecimal;

/**
 * One number a seed prints, beside the exact value of the formula the seed gives for it.
 *
 * <p>The seeds' figures were computed by hand and printed to 8 or 9 decimals, so a figure is judged right when it
 * equals the exact value to within half a unit of its last printed digit (what rounding allows), and
 * {@link Verdict#EXACT} when it is also within 1e-9. Anything further off is {@link Verdict#WRONG}, and
 * {@code why} says what the seed must have done instead.
 *
 * @param name     the seed's name for the quantity, e.g. {@code dE_total/dw5}
 * @param formula  the seed's own formula for it
 * @param printed  the figure exactly as the seed prints it
 * @param exact    the value of the formula in double precision, from the engine
 * @param why      for a wrong figure: the reason; empty otherwise
 */
public record SeedFigure(String name, String formula, String printed, double exact, String why) {

    public enum Verdict {
        /** Within 1e-9 of the exact value. */
        EXACT,
        /** Right to the digits printed (within half a unit of the last one), but not within 1e-9. */
        ROUNDED,
        /** Further from the exact value than rounding can explain. */
        WRONG
    }

    public SeedFigure(String name, String formula, String printed, double exact) {
        this(name, formula, printed, exact, "");
    }

    public double printedValue() {
        return Double.parseDouble(printed);
    }

    /** The seed's figure minus the exact value. */
    public double error() {
        return printedValue() - exact;
    }

    /** Half a unit in the last printed digit: how far a correctly rounded figure may be from the exact value. */
    public double roundingAllowance() {
        return 0.5 * Math.pow(10, -Math.max(new BigDecimal(printed).scale(), 0));
    }

    public Verdict verdict() {
        double error = Math.abs(error());
        if (error <= 1e-9) {
            return Verdict.EXACT;
        }
        // A little slack over the half unit: the exact value itself carries ~1e-16 of rounding.
        return error <= roundingAllowance() * (1 + 1e-9) ? Verdict.ROUNDED : Verdict.WRONG;
    }
}
