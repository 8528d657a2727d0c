package org.backproplab.engine.check;

/**
 * The outcome of a {@link GradientCheck}: how many parameters were checked and the worst relative error, with
 * the parameter it occurred at and both values, so that a failure says where to look; and how many parameters
 * were left out because a finite-difference step crossed a kink of a piecewise activation.
 */
public record GradientCheckResult(int parameters, double maxRelativeError, String worstParameter,
        double backprop, double numeric, int kinkSkipped) {

    @Override
    public String toString() {
        return String.format("%d parameters, max relative error %.3e at %s (backprop %.12g, finite difference %.12g)"
                + "%s", parameters, maxRelativeError, worstParameter, backprop, numeric,
                kinkSkipped == 0 ? "" : "; " + kinkSkipped + " left out at kinks");
    }

    static final class Builder {
        private int parameters;
        private int kinkSkipped;

        void skipAtKink() {
            kinkSkipped++;
        }
        private double worst = -1.0;
        private String worstName = "none";
        private double worstBackprop;
        private double worstNumeric;

        void add(String name, double backprop, double numeric) {
            parameters++;
            double error = GradientCheck.relativeError(backprop, numeric);
            // NaN compares false, so test for it explicitly: a NaN gradient is the worst possible result.
            if (error > worst || Double.isNaN(error)) {
                worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                worstName = name;
                worstBackprop = backprop;
                worstNumeric = numeric;
            }
        }

        GradientCheckResult build() {
            return new GradientCheckResult(parameters, worst, worstName, worstBackprop, worstNumeric, kinkSkipped);
        }
    }
}
