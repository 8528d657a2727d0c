package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transcendental activations against 40-digit references (commons-math's Dfp), over a dense grid of net inputs
 * with both tails: f and f' each within a stated number of units in the last place.
 *
 * <p>The unit is the ulp of a scale, not always of the value: for f and for the monotonic slopes the scale is the
 * exact value itself; for the slopes with a zero (Swish, Mish and both GELUs dip below zero, so f' crosses 0) it is
 * the sum of the magnitudes of f''s two terms, since no formula in doubles can be accurate relative to a value
 * that is a difference of two terms of which it is a small part. Sigmoid's and tanh's f' are the slides' formulas of
 * out ({@code out (1 - out)}, {@code 1 - out^2}), which have only out's digits: their scale is 1 where out is near
 * 1. A value below {@code Double.MIN_NORMAL} (f' for net below -708, say) may be flushed to 0.
 */
class ActivationAccuracyTest {
    private static final DfpField FIELD = new DfpField(40);
    private static final Dfp ZERO = FIELD.getZero();
    private static final Dfp ONE = FIELD.getOne();
    private static final Dfp TWO = FIELD.getTwo();
    private static final Dfp HALF = ONE.divide(2);
    private static final Dfp SQRT_PI = FIELD.getPi().sqrt();
    private static final Dfp SQRT2 = TWO.sqrt();

    /**
     * One activation's reference: the exact f, the exact f' and the scale its error is measured in ulps of; and the
     * bounds, in ulps per unit of {@code condition(x)}, which is 1 but for GELU-tanh.
     */
    record Case(Activation f, double valueUlps, double slopeUlps, DoubleUnaryOperator condition,
            DoubleFunction<Dfp[]> exact) {
        Case(Activation f, double valueUlps, double slopeUlps, DoubleFunction<Dfp[]> exact) {
            this(f, valueUlps, slopeUlps, x -> 1.0, exact);
        }

        @Override
        public String toString() {
            return f.name();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(new Sigmoid(), 2, 2.5, x -> {
                    Dfp s = sigmoid(dfp(x));
                    Dfp slope = s.multiply(ONE.subtract(s));
                    return new Dfp[] {s, slope, max(slope, s)};
                }),
                new Case(new Tanh(), 2.5, 5, x -> {
                    Dfp t = tanh(dfp(x));
                    Dfp slope = sech2(dfp(x));
                    return new Dfp[] {t, slope, max(slope, t.abs())};
                }),
                new Case(new ELU(ELU.DEFAULT_ALPHA), 1.5, 1, x -> x > 0
                        ? new Dfp[] {dfp(x), ONE, ONE}
                        : new Dfp[] {expm1(dfp(x)), exp(dfp(x)), exp(dfp(x))}),
                new Case(new SELU(), 1.5, 2, x -> {
                    Dfp lambda = dfp(SELU.LAMBDA);
                    Dfp lambdaAlpha = lambda.multiply(dfp(SELU.ALPHA));
                    return x > 0 ? new Dfp[] {lambda.multiply(dfp(x)), lambda, lambda}
                            : new Dfp[] {lambdaAlpha.multiply(expm1(dfp(x))), lambdaAlpha.multiply(exp(dfp(x))),
                                lambdaAlpha.multiply(exp(dfp(x)))};
                }),
                new Case(new Softplus(), 3, 2, x -> {
                    Dfp s = sigmoid(dfp(x));
                    return new Dfp[] {softplus(dfp(x)), s, s};
                }),
                new Case(new Swish(), 2.5, 3.5, x -> {
                    Dfp v = dfp(x);
                    Dfp s = sigmoid(v);
                    Dfp second = v.multiply(s).multiply(ONE.subtract(s));
                    return new Dfp[] {v.multiply(s), s.add(second), s.add(second.abs())};
                }),
                new Case(new Mish(), 3.5, 4.5, x -> {
                    Dfp v = dfp(x);
                    Dfp u = exp(v);
                    Dfp num = u.multiply(u).add(u.multiply(2));
                    Dfp den = num.add(TWO);
                    Dfp t = num.divide(den);
                    Dfp second = v.multiply(TWO.divide(den)).multiply(ONE.add(t)).multiply(sigmoid(v));
                    return new Dfp[] {v.multiply(t), t.add(second), t.abs().add(second.abs())};
                }),
                // Its exponential's argument u = 2 sqrt(2/pi) (x + 0.044715 x^3) is itself rounded (and made of
                // rounded constants), and e^u carries u's absolute error, about |u| ulp, into f and f' as a relative
                // one: so the bound is per unit of 1 + |u| (u is 6 at x = 2.5 and 705 at x = -20.9, where f is 1e-305).
                new Case(new GELUTanh(), 2, 2,
                        x -> 1 + Math.abs(2 * Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)), x -> {
                    Dfp v = dfp(x);
                    Dfp c = TWO.divide(FIELD.getPi()).sqrt();
                    Dfp k = FIELD.newDfp("0.044715");
                    Dfp u = TWO.multiply(c).multiply(v.add(k.multiply(v).multiply(v).multiply(v)));
                    Dfp du = TWO.multiply(c).multiply(ONE.add(k.multiply(3).multiply(v).multiply(v)));
                    Dfp s = sigmoid(u);
                    Dfp second = v.multiply(s).multiply(ONE.subtract(s)).multiply(du);
                    return new Dfp[] {v.multiply(s), s.add(second), s.add(second.abs())};
                }),
                new Case(new GELU(), 4.5, 3, x -> {
                    Dfp v = dfp(x);
                    Dfp cdf = erfc(v.negate().divide(SQRT2)).multiply(HALF);
                    Dfp density = exp(v.multiply(v).multiply(HALF).negate()).divide(SQRT2.multiply(SQRT_PI));
                    Dfp second = v.multiply(density);
                    return new Dfp[] {v.multiply(cdf), cdf.add(second), cdf.add(second.abs())};
                }));
    }

    /** A dense grid on [-40, 40], the tails out to +-800 in steps of 1, tiny magnitudes and random points. */
    static double[] grid() {
        List<Double> xs = new ArrayList<>();
        for (int i = -40 * 64; i <= 40 * 64; i++) {
            xs.add(i / 64.0);
        }
        for (int i = 41; i <= 800; i++) {
            xs.add((double) i);
            xs.add((double) -i);
        }
        for (double t = 1e-300; t < 0.1; t *= 7.3) {
            xs.add(t);
            xs.add(-t);
        }
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 3000; i++) {
            xs.add(random.nextGaussian() * (i % 3 == 0 ? 10 : 2));
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void valueAndSlopeAreWithinTheirBounds(Case c) {
        double worstValue = 0;
        double worstSlope = 0;
        double worstValueAt = 0;
        double worstSlopeAt = 0;
        for (double x : grid()) {
            Dfp[] exact = c.exact().apply(x);
            double out = c.f().apply(x);
            double condition = c.condition().applyAsDouble(x);
            double value = ulps(out, exact[0], exact[0]) / condition;
            double slope = ulps(c.f().derivative(x, out), exact[1], exact[2]) / condition;
            if (value > worstValue) {
                worstValue = value;
                worstValueAt = x;
            }
            if (slope > worstSlope) {
                worstSlope = slope;
                worstSlopeAt = x;
            }
        }
        String worst = c + ": f within " + worstValue + " ulp (at " + worstValueAt + "), f' within " + worstSlope
                + " ulp (at " + worstSlopeAt + ")";
        System.out.println(worst);
        assertTrue(worstValue <= c.valueUlps() && worstSlope <= c.slopeUlps(), worst);
    }

    /**
     * The two references for erfc agree around the switch from one to the other, and the fraction has converged
     * wherever it is used: four times its terms change nothing a double could see.
     */
    @Test
    void erfcReferencesAgreeAndConverge() {
        for (double v = 2.0; v <= 4.0; v += 0.125) {
            Dfp fraction = erfcFraction(dfp(v), 1);
            double relative = ONE.subtract(erfSeries(dfp(v))).subtract(fraction).divide(fraction).abs().toDouble();
            // The series' 1 - erf keeps 40 - log10(1/erfc v) digits (32 at v = 4); 25 are 8 more than doubles need.
            assertTrue(relative < 1e-25, "erfc(" + v + "): series and continued fraction differ by " + relative);
        }
        for (double v = 3.0; v <= 30.0; v += 0.5) {
            Dfp fraction = erfcFraction(dfp(v), 1);
            double relative = erfcFraction(dfp(v), 4).subtract(fraction).divide(fraction).abs().toDouble();
            assertTrue(relative < 1e-25, "erfc(" + v + "): the fraction moved by " + relative + " with 4x the terms");
        }
    }

    /**
     * |computed - exact| in ulps of the scale. Below {@link #TINY} the unit is the ulp of TINY instead: a value that
     * small is made of an exponential in (or next to) the subnormals, whose digits drain away with its size, so the
     * bound there is absolute (f' of GELU at -37.6, say, is about 1e-306 and has a few correct digits).
     */
    private static double ulps(double computed, Dfp exact, Dfp scale) {
        if (computed == exact.toDouble()) {
            return 0;
        }
        if (Double.isNaN(computed) || Double.isInfinite(computed)) {
            return Double.POSITIVE_INFINITY;
        }
        double unit = Math.ulp(Math.max(Math.abs(scale.toDouble()), TINY));
        return dfp(computed).subtract(exact).abs().divide(dfp(unit)).toDouble();
    }

    /** 2^-1000, about 9e-302: below it errors are measured in its ulp, 2^-1052, about 2e-317. */
    private static final double TINY = 0x1p-1000;

    private static Dfp dfp(double x) {
        return FIELD.newDfp(x);
    }

    private static Dfp max(Dfp a, Dfp b) {
        return a.greaterThan(b) ? a : b;
    }

    private static Dfp exp(Dfp x) {
        return DfpMath.exp(x);
    }

    private static Dfp expm1(Dfp x) {
        if (x.abs().greaterThan(dfp(1e-3))) {
            return exp(x).subtract(ONE);
        }
        Dfp term = x;
        Dfp sum = x;
        for (int n = 2; n < 30; n++) {
            term = term.multiply(x).divide(n);
            sum = sum.add(term);
        }
        return sum;
    }

    private static Dfp log1p(Dfp u) {
        if (u.greaterThan(dfp(1e-3))) {
            return DfpMath.log(ONE.add(u));
        }
        Dfp power = u;
        Dfp sum = ZERO;
        for (int n = 1; n < 30; n++) {
            sum = n % 2 == 1 ? sum.add(power.divide(n)) : sum.subtract(power.divide(n));
            power = power.multiply(u);
        }
        return sum;
    }

    private static Dfp sigmoid(Dfp x) {
        return ONE.divide(ONE.add(exp(x.negate())));
    }

    private static Dfp tanh(Dfp x) {
        Dfp q = expm1(x.multiply(2));
        return q.divide(q.add(TWO));
    }

    private static Dfp sech2(Dfp x) {
        Dfp c = exp(x).add(exp(x.negate()));
        return dfp(4).divide(c.multiply(c));
    }

    private static Dfp softplus(Dfp x) {
        return x.greaterThan(ZERO) ? x.add(log1p(exp(x.negate()))) : log1p(exp(x));
    }

    /** erfc for any real v: the series below 3 (where 1 - erf loses at most 5 of the 40 digits), the fraction above. */
    private static Dfp erfc(Dfp v) {
        if (v.lessThan(ZERO)) {
            return TWO.subtract(erfc(v.negate()));
        }
        return v.lessThan(dfp(3)) ? ONE.subtract(erfSeries(v)) : erfcFraction(v, 1);
    }

    /** {@code erf v = 2/sqrt(pi) e^(-v^2) sum 2^n v^(2n+1) / (1 3 5 ... (2n+1))}: positive terms, no cancellation. */
    private static Dfp erfSeries(Dfp v) {
        Dfp v2 = v.multiply(v);
        Dfp term = v;
        Dfp sum = v;
        for (int n = 1; n < 400; n++) {
            term = term.multiply(v2).multiply(2).divide(2 * n + 1);
            sum = sum.add(term);
            if (term.lessThan(sum.multiply(dfp(1e-45)))) {
                break;
            }
        }
        return sum.multiply(exp(v2.negate())).multiply(2).divide(SQRT_PI);
    }

    /** Laplace's continued fraction {@code erfc v = e^(-v^2)/sqrt(pi) / (v + (1/2)/(v + 1/(v + (3/2)/(v + ...))))}. */
    private static Dfp erfcFraction(Dfp v, int times) {
        Dfp k = v;
        // Enough terms for 40 digits from v = 3 on (checked against the series by seriesAndContinuedFractionAgree).
        int terms = times * (60 + (int) (2000 / v.multiply(v).toDouble()));
        for (int n = terms; n >= 1; n--) {
            k = v.add(dfp(n / 2.0).divide(k));
        }
        return exp(v.multiply(v).negate()).divide(SQRT_PI.multiply(k));
    }
}
