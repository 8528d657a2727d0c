package org.backproplab.engine.activation;

/**
 * The standard normal distribution function {@code Phi(x) = erfc(-x / sqrt2) / 2} and the GELU's slope
 * {@code Phi + x phi}, from IEEE operations only, as {@link Elementary} (so that {@link VectorActivations} can give
 * each lane the same bits).
 *
 * <p>The rational approximations and where they switch are fdlibm's {@code s_erf.c} (Sun Microsystems, 1993,
 * freely redistributable), evaluated on {@code y = |x| / sqrt2}: {@code erf y = y + y P(y^2)/Q(y^2)} below 0.84375,
 * {@code erx + P(y - 1)/Q(y - 1)} below 1.25, and above {@code erfc y = e^(-y^2 - 0.5625 + R(1/y^2)/S(1/y^2)) / y}.
 * Two things differ, both for the tail of the GELU, where {@code Phi(x)} for {@code x < -3} is most of f: the
 * polynomials are evaluated with fused multiply-adds, and {@code e^(-y^2)} is taken from x itself,
 * {@code e^(-x^2/2) = e^(-z^2/2) e^(-(x - z)(x + z)/2)} with z = |x| cut to 21 bits (so z^2/2 is exact), not from
 * the rounded y, whose last-bit error e^(-y^2) would multiply by 2y^2 (up to 1600 ulp at y = 28), and
 * {@link Elementary#expOfSum} takes the exact and the small part without adding them first.
 * {@code Phi = 1 - h} above 0 and {@code h} below, with {@code h = erfc(y)/2} computed without cancellation.
 */
final class Normal {
    private Normal() {
    }

    static final double INV_SQRT2 = 0x1.6a09e667f3bcdp-1;
    static final double INV_SQRT_2PI = 0x1.9884533d43651p-2;
    /** Beyond |x| = 40, Phi is 1 or 0 in doubles (Phi(-38.5) is below the smallest one) and phi is 0. */
    static final double CLAMP = 40.0;
    /** Keeps the sign, exponent and first 20 bits of the fraction: z^2 then has 42 bits and is exact. */
    static final long HIGH_WORD = 0xffff_ffff_0000_0000L;
    static final double SMALL = 0.84375;
    static final double MIDDLE = 1.25;
    static final double FAR = 1.0 / 0.35;
    /** erf(1) rounded to a float, so that 1 - ERX is exact. */
    static final double ERX = 8.45062911510467529297e-01;
    static final double ONE_MINUS_ERX = 1.0 - ERX;

    // Highest coefficient first, for Horner's rule; each denominator ends in its constant term 1.
    static final double[] PP = {-2.37630166566501626084e-05, -5.77027029648944159157e-03,
        -2.84817495755985104766e-02, -3.25042107247001499370e-01, 1.28379167095512558561e-01};
    static final double[] QQ = {-3.96022827877536812320e-06, 1.32494738004321644526e-04,
        5.08130628187576562776e-03, 6.50222499887672944485e-02, 3.97917223959155352819e-01, 1.0};
    static final double[] PA = {-2.16637559486879084300e-03, 3.54783043256182359371e-02,
        -1.10894694282396677476e-01, 3.18346619901161753674e-01, -3.72207876035701323847e-01,
        4.14856118683748331666e-01, -2.36211856075265944077e-03};
    static final double[] QA = {1.19844998467991074170e-02, 1.36370839120290507362e-02,
        1.26171219808761642112e-01, 7.18286544141962662868e-02, 5.40397917702171048937e-01,
        1.06420880400844228286e-01, 1.0};
    static final double[] RA = {-9.81432934416914548592e+00, -8.12874355063065934246e+01,
        -1.84605092906711035994e+02, -1.62396669462573470355e+02, -6.23753324503260060396e+01,
        -1.05586262253232909814e+01, -6.93858572707181764372e-01, -9.86494403484714822705e-03};
    static final double[] SA = {-6.04244152148580987438e-02, 6.57024977031928170135e+00,
        1.08635005541779435134e+02, 4.29008140027567833386e+02, 6.45387271733267880336e+02,
        4.34565877475229228821e+02, 1.37657754143519042600e+02, 1.96512716674392571292e+01, 1.0};
    static final double[] RB = {-4.83519191608651397019e+02, -1.02509513161107724954e+03,
        -6.37566443368389627722e+02, -1.60636384855821916062e+02, -1.77579549177547519889e+01,
        -7.99283237680523006574e-01, -9.86494292470009928597e-03};
    static final double[] SB = {-2.24409524465858183362e+01, 4.74528541206955367215e+02,
        2.55305040643316442583e+03, 3.19985821950859553908e+03, 1.53672958608443695994e+03,
        3.25792512996573918826e+02, 3.03380607434824582924e+01, 1.0};

    static double horner(double[] c, double v) {
        double p = c[0];
        for (int j = 1; j < c.length; j++) {
            p = Math.fma(p, v, c[j]);
        }
        return p;
    }

    static double clampedAbs(double x) {
        double a = Math.abs(x);
        return a > CLAMP ? CLAMP : a;
    }

    static double cut(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & HIGH_WORD);
    }

    /** {@code Phi(x)}. */
    static double cdf(double x) {
        double a = clampedAbs(x);
        double z = cut(a);
        double d = (a - z) * (a + z) * 0.5;
        double y = a * INV_SQRT2;
        double h;
        if (y < SMALL) {
            double w = y * y;
            double q = horner(PP, w) / horner(QQ, w);
            h = 0.5 * (0.5 - Math.fma(y, q, y - 0.5)); // erfc y = 1/2 - ((y - 1/2) + y q), y - 1/2 exact from 1/4
        } else if (y < MIDDLE) {
            double s = y - 1.0;
            double q = horner(PA, s) / horner(QA, s);
            h = 0.5 * (ONE_MINUS_ERX - q);
        } else {
            double invY = 1.0 / y;
            double s = invY * invY;
            double q = y < FAR ? horner(RA, s) / horner(SA, s) : horner(RB, s) / horner(SB, s);
            // erfc y = e^(-y^2 - 0.5625 + R/S) / y, with -y^2 - 0.5625 = (-z^2/2 - 0.5625, exact) - d
            h = 0.5 * Elementary.expOfSum(z * z * -0.5 - 0.5625, q - d) * invY;
        }
        return x >= 0.0 ? 1.0 - h : h;
    }

    /** The density {@code phi(x) = e^(-x^2/2) / sqrt(2 pi)}, with {@code x^2/2 = z^2/2 + d} as in {@link #cdf}. */
    static double density(double x) {
        double a = clampedAbs(x);
        double z = cut(a);
        double d = (a - z) * (a + z) * 0.5;
        return Elementary.expOfSum(z * z * -0.5, -d) * INV_SQRT_2PI;
    }

    /**
     * The GELU's slope {@code Phi(x) + x phi(x)} given {@code out = x Phi(x)}, which gives Phi for the cost of a
     * division, where computing it again would cost Phi's polynomials and an exponential. Below 2^-60, Phi is 1/2 to
     * the last bit (the next term, {@code x phi(0)}, is under half its ulp), and out / x would be 0 / 0 at 0.
     */
    static double geluSlope(double x, double out) {
        double cdf = Math.abs(x) < TINY ? 0.5 : out / x;
        return Math.fma(x, density(x), cdf);
    }

    static final double TINY = 0x1p-60;
}
