package org.backproplab.engine.activation;

/**
 * The exponential, {@code e^x - 1}, {@code ln(1 + u)} and the normal distribution function, computed from IEEE
 * operations only (add, multiply, divide, fused multiply-add, compare, bit moves), in an order this class fixes.
 *
 * <p>Why not {@code Math.exp}: it is a JIT intrinsic with no vector form, so every transcendental activation ran one
 * element at a time and the 64-30x5-10 step took 5x as long with tanh as with ReLU. {@link VectorElementary} does
 * the same operations, in the same order, one lane per element; IEEE operations are exactly rounded, so a lane and
 * this class give the same bits, on any vector width, in any thread, with or without the Vector API. (Math.exp
 * would not do: its result may differ between its intrinsic and StrictMath in the last bit.)
 *
 * <p>Accuracy: the activations made of these are measured against 40-digit references over a dense grid with
 * the tails ({@code ActivationAccuracyTest}, which states each bound, a few units in the last place). Each function
 * is defined on the arguments the activations give it (e^x and e^x - 1 for x <= 0, ln(1 + u) for u in [0, 1]),
 * which is what keeps them short.
 */
final class Elementary {
    private Elementary() {
    }

    static final double LOG2E = 0x1.71547652b82fep0;
    /** ln 2 split in two (Cody and Waite): {@code k ln 2} is subtracted from x in two fused steps. */
    static final double LN2_HI = 0x1.62e42fefa39efp-1;
    static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    /** 1.5 * 2^52: x + SHIFTER rounds x to an integer, which then sits in the low bits of the sum. */
    static final double SHIFTER = 0x1.8p52;
    static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /**
     * e^x below this rounds to 0 (e^-745.2 is half the smallest subnormal); the clamp keeps 2^k's exponent field in
     * range, as {@link #exp} builds 2^(k + 64) and scales by 2^-64 afterwards.
     */
    static final double EXP_MIN = -746.0;
    /** 2^-64: the last step of e^x, exact for a normal result and one rounding into the subnormals for the rest. */
    static final double TWO_TO_MINUS_64 = 0x1p-64;
    /** The exponent bias, plus the 64 that {@link #TWO_TO_MINUS_64} takes back. */
    static final long BIAS_PLUS_64 = 1023 + 64;
    /** e^x - 1 rounds to -1 for every x below -37.4. */
    static final double EXPM1_MIN = -40.0;
    static final double SQRT2 = 1.4142135623730951;
    static final long SIGN = 0x8000_0000_0000_0000L;

    /**
     * 1/(n + 2)! for n = 0 to 11, the coefficient of r^n in {@code (e^r - 1 - r) / r^2}: the Taylor polynomial of e^r
     * to r^13, which on |r| <= ln2 / 2 leaves out under 4e-18.
     */
    static final double[] INVERSE_FACTORIALS = {
        0.5, 1.0 / 6.0, 1.0 / 24.0, 1.0 / 120.0, 1.0 / 720.0, 1.0 / 5040.0, 1.0 / 40320.0, 1.0 / 362880.0,
        1.0 / 3628800.0, 1.0 / 39916800.0, 1.0 / 479001600.0, 1.0 / 6227020800.0};

    /** 2/(2n + 1) for n = 10 down to 1: ln m = 2s + s z (2/3 + 2z/5 + ...), s = (m-1)/(m+1), z = s^2. */
    static final double[] ATANH_SERIES = {
        2.0 / 21, 2.0 / 19, 2.0 / 17, 2.0 / 15, 2.0 / 13, 2.0 / 11, 2.0 / 9, 2.0 / 7, 2.0 / 5, 2.0 / 3};

    /**
     * {@code e^r - 1 - r} over {@code r^2}: {@code 1/2 + r/6 + ... + r^11/13!}, by Estrin's scheme (pairs, then
     * pairs of pairs in r^2, r^4 and r^8), given {@code r2 = r^2}. Horner's rule is a chain of 11 dependent fused
     * multiply-adds, and the vector loop waited on it: Estrin's is 4 deep, and the loop ran twice as fast.
     */
    static double expm1Tail(double r, double r2) {
        double[] c = INVERSE_FACTORIALS;
        double r4 = r2 * r2;
        double r8 = r4 * r4;
        double s0 = Math.fma(Math.fma(c[3], r, c[2]), r2, Math.fma(c[1], r, c[0]));
        double s1 = Math.fma(Math.fma(c[7], r, c[6]), r2, Math.fma(c[5], r, c[4]));
        double s2 = Math.fma(Math.fma(c[11], r, c[10]), r2, Math.fma(c[9], r, c[8]));
        return Math.fma(s2, r8, Math.fma(s1, r4, s0));
    }

    /**
     * 2^(k + bias - 1023) for the integer k held in a double's low bits by {@link #SHIFTER}: its exponent field is
     * k + bias, which must lie in [1, 2046].
     */
    static double twoTo(double shifted, long bias) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) - SHIFTER_BITS + bias) << 52);
    }

    /**
     * e^x for {@code x <= 0}, the only arguments the activations need (they are written so that no exponential
     * can overflow): x = k ln 2 + r with |r| <= ln2 / 2, e^x = 2^k e^r. For x below -708.4, e^x is subnormal, and
     * kept (Swish's {@code x e^x}, say, is a normal double down to x = -715): {@code e^r 2^(k + 64)} is exact and
     * the final {@code 2^-64} rounds once.
     */
    static double exp(double x) {
        double c = x < EXP_MIN ? EXP_MIN : x;
        double t = Math.fma(c, LOG2E, SHIFTER);
        double k = t - SHIFTER;
        double r = Math.fma(k, -LN2_HI, c);
        r = Math.fma(k, -LN2_LO, r);
        double r2 = r * r;
        double p = 1.0 + Math.fma(r2, expm1Tail(r, r2), r); // e^r = 1 + r + r^2 (1/2 + r/6 + ...)
        return p * twoTo(t, BIAS_PLUS_64) * TWO_TO_MINUS_64;
    }

    /**
     * {@code e^(hi + lo)} for {@code hi + lo <= 0} with hi exact and |lo| < 1, to the accuracy of {@link #exp} of
     * the exact sum: the rounding of {@code hi + lo} (up to 1.1e-13 at 800, a relative error of e^x as large) is
     * never taken, as hi goes into the reduction {@code hi - k ln2} first and lo is added to the small remainder.
     * The GELU's {@code e^(-x^2/2)} needs it, with hi = -z^2/2 exact ({@link Normal}).
     */
    static double expOfSum(double hi, double lo) {
        double sum = hi + lo;
        boolean under = sum < EXP_MIN;
        double h = under ? EXP_MIN : hi;
        double l = under ? 0.0 : lo;
        double t = Math.fma(h + l, LOG2E, SHIFTER);
        double k = t - SHIFTER;
        double r = Math.fma(k, -LN2_HI, h) + l;
        r = Math.fma(k, -LN2_LO, r);
        double r2 = r * r;
        double p = 1.0 + Math.fma(r2, expm1Tail(r, r2), r);
        return p * twoTo(t, BIAS_PLUS_64) * TWO_TO_MINUS_64;
    }

    /**
     * {@code e^x - 1} for {@code x <= 0} (what tanh and the ELUs need), accurate where it is tiny: with
     * {@code e^x = 2^k e^r}, {@code e^x - 1 = 2^k (e^r - 1) + (2^k - 1)}, the last term exact, in one rounding.
     */
    static double expm1(double x) {
        double c = x < EXPM1_MIN ? EXPM1_MIN : x;
        double t = Math.fma(c, LOG2E, SHIFTER);
        double k = t - SHIFTER;
        double r = Math.fma(k, -LN2_HI, c);
        r = Math.fma(k, -LN2_LO, r);
        double r2 = r * r;
        double q = Math.fma(r2, expm1Tail(r, r2), r);
        double scale = twoTo(t, 1023);
        return Math.fma(scale, q, scale - 1.0);
    }

    /**
     * {@code ln(1 + u)} for {@code u} in [0, 1] (softplus needs {@code ln(1 + e^-|x|)}): the rounding of 1 + u
     * corrected for, then {@code ln m = 2 atanh((m - 1) / (m + 1))} with m in [sqrt2 / 2, sqrt2].
     */
    static double log1p(double u) {
        double y = 1.0 + u;
        double lost = (u - (y - 1.0)) / y;
        boolean big = y > SQRT2;
        double m = big ? 0.5 * y : y;
        double k = big ? 1.0 : 0.0;
        double f = m - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double p = ATANH_SERIES[0];
        for (int i = 1; i < ATANH_SERIES.length; i++) {
            p = Math.fma(p, z, ATANH_SERIES[i]);
        }
        double lnM = Math.fma(s * z, p, s + s);
        return Math.fma(k, LN2_HI, lnM + Math.fma(k, LN2_LO, lost));
    }

    /**
     * The logistic function from {@code e = e^-|x|}, which never overflows: {@code 1 / (1 + e)} for x >= 0 and
     * {@code e / (1 + e)} below, so that the lower tail keeps its digits instead of rounding 1 - tiny.
     */
    static double sigmoid(double x) {
        double e = exp(-Math.abs(x));
        return (x >= 0.0 ? 1.0 : e) / (1.0 + e);
    }

    /** {@code tanh |x| = -(e^-2|x| - 1) / (2 + (e^-2|x| - 1))}, with x's sign: no cancellation near 0. */
    static double tanh(double x) {
        double q = expm1(-2.0 * Math.abs(x));
        return Math.copySign(-q / (2.0 + q), x);
    }

    static double softplus(double x) {
        return (x > 0.0 ? x : 0.0) + log1p(exp(-Math.abs(x)));
    }
}
