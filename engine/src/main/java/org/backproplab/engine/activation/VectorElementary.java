package org.backproplab.engine.activation;

import static org.backproplab.engine.activation.Elementary.EXP_MIN;
import static org.backproplab.engine.activation.Elementary.EXPM1_MIN;
import static org.backproplab.engine.activation.Elementary.INVERSE_FACTORIALS;
import static org.backproplab.engine.activation.Elementary.LN2_HI;
import static org.backproplab.engine.activation.Elementary.LN2_LO;
import static org.backproplab.engine.activation.Elementary.LOG2E;
import static org.backproplab.engine.activation.Elementary.SHIFTER;
import static org.backproplab.engine.activation.Elementary.SHIFTER_BITS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Elementary}'s functions over a stretch of an array, one vector lane per element: the same IEEE operations
 * in the same order, so each element gets the bits {@code Elementary} gives it. Every ternary {@code c ? a : b} of
 * the scalar code is {@code b.blend(a, c)} here, with the same comparison, so NaN takes the same branch.
 *
 * <p>They work in place on arrays, not on vectors passed in and out: a vector that crosses a method boundary the
 * JIT did not inline is put on the heap (see {@code VectorGemm}), and the activations' loops ({@link
 * VectorActivations}) call these on a small buffer instead, which stays in L1.
 *
 * <p>Used only when the JVM has the Vector API ({@link Elementwise#VECTOR_API}); elements past the last whole
 * vector go through {@code Elementary} itself.
 */
final class VectorElementary {
    private VectorElementary() {
    }

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    /** {@code a[i] = e^a[i]} for i in [from, to), each {@code a[i] <= 0}: {@link Elementary#exp}. */
    static void exp(double[] a, int from, int to) {
        // The coefficients as vectors made once, outside the loop.
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[0]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[1]);
        DoubleVector c2 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[2]);
        DoubleVector c3 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[3]);
        DoubleVector c4 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[4]);
        DoubleVector c5 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[5]);
        DoubleVector c6 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[6]);
        DoubleVector c7 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[7]);
        DoubleVector c8 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[8]);
        DoubleVector c9 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[9]);
        DoubleVector c10 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[10]);
        DoubleVector c11 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[11]);
        DoubleVector ln2Hi = DoubleVector.broadcast(SPECIES, -LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(SPECIES, -LN2_LO);
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, i);
            DoubleVector c = x.blend(EXP_MIN, x.compare(VectorOperators.LT, EXP_MIN));
            DoubleVector t = c.fma(LOG2E, SHIFTER);
            DoubleVector k = t.sub(SHIFTER);
            DoubleVector r = k.fma(ln2Hi, c);
            r = k.fma(ln2Lo, r);
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector s0 = c3.fma(r, c2).fma(r2, c1.fma(r, c0));
            DoubleVector s1 = c7.fma(r, c6).fma(r2, c5.fma(r, c4));
            DoubleVector s2 = c11.fma(r, c10).fma(r2, c9.fma(r, c8));
            DoubleVector p = s2.fma(r4.mul(r4), s1.fma(r4, s0)); // Elementary.expm1Tail
            p = r2.fma(p, r).add(1.0);
            // 2^(k + 64): k sits in t's low bits (SHIFTER); with the bias it becomes the exponent field.
            DoubleVector scale = t.viewAsIntegralLanes().sub(SHIFTER_BITS - Elementary.BIAS_PLUS_64)
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            p.mul(scale).mul(Elementary.TWO_TO_MINUS_64).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] = Elementary.exp(a[i]);
        }
    }

    /**
     * {@code a[from + i] = e^(a[from + i] + a[from + len + i])} for i in [0, len): {@link Elementary#expOfSum}, the
     * exact parts first in the array and the small ones after them.
     */
    static void expOfSum(double[] a, int from, int len) {
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[0]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[1]);
        DoubleVector c2 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[2]);
        DoubleVector c3 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[3]);
        DoubleVector c4 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[4]);
        DoubleVector c5 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[5]);
        DoubleVector c6 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[6]);
        DoubleVector c7 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[7]);
        DoubleVector c8 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[8]);
        DoubleVector c9 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[9]);
        DoubleVector c10 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[10]);
        DoubleVector c11 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[11]);
        DoubleVector ln2Hi = DoubleVector.broadcast(SPECIES, -LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(SPECIES, -LN2_LO);
        int i = 0;
        for (int end = SPECIES.loopBound(len); i < end; i += LANES) {
            DoubleVector hi = DoubleVector.fromArray(SPECIES, a, from + i);
            DoubleVector lo = DoubleVector.fromArray(SPECIES, a, from + len + i);
            VectorMask<Double> under = hi.add(lo).compare(VectorOperators.LT, EXP_MIN);
            DoubleVector h = hi.blend(EXP_MIN, under);
            DoubleVector l = lo.blend(0.0, under);
            DoubleVector t = h.add(l).fma(LOG2E, SHIFTER);
            DoubleVector k = t.sub(SHIFTER);
            DoubleVector r = k.fma(ln2Hi, h).add(l);
            r = k.fma(ln2Lo, r);
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector s0 = c3.fma(r, c2).fma(r2, c1.fma(r, c0));
            DoubleVector s1 = c7.fma(r, c6).fma(r2, c5.fma(r, c4));
            DoubleVector s2 = c11.fma(r, c10).fma(r2, c9.fma(r, c8));
            DoubleVector p = s2.fma(r4.mul(r4), s1.fma(r4, s0)); // Elementary.expm1Tail
            p = r2.fma(p, r).add(1.0);
            DoubleVector scale = t.viewAsIntegralLanes().sub(SHIFTER_BITS - Elementary.BIAS_PLUS_64)
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            p.mul(scale).mul(Elementary.TWO_TO_MINUS_64).intoArray(a, from + i);
        }
        for (; i < len; i++) {
            a[from + i] = Elementary.expOfSum(a[from + i], a[from + len + i]);
        }
    }

    /** {@code a[i] = e^a[i] - 1} for i in [from, to), each {@code a[i] <= 0}: {@link Elementary#expm1}. */
    static void expm1(double[] a, int from, int to) {
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[0]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[1]);
        DoubleVector c2 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[2]);
        DoubleVector c3 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[3]);
        DoubleVector c4 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[4]);
        DoubleVector c5 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[5]);
        DoubleVector c6 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[6]);
        DoubleVector c7 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[7]);
        DoubleVector c8 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[8]);
        DoubleVector c9 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[9]);
        DoubleVector c10 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[10]);
        DoubleVector c11 = DoubleVector.broadcast(SPECIES, INVERSE_FACTORIALS[11]);
        DoubleVector ln2Hi = DoubleVector.broadcast(SPECIES, -LN2_HI);
        DoubleVector ln2Lo = DoubleVector.broadcast(SPECIES, -LN2_LO);
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, i);
            DoubleVector c = x.blend(EXPM1_MIN, x.compare(VectorOperators.LT, EXPM1_MIN));
            DoubleVector t = c.fma(LOG2E, SHIFTER);
            DoubleVector k = t.sub(SHIFTER);
            DoubleVector r = k.fma(ln2Hi, c);
            r = k.fma(ln2Lo, r);
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector s0 = c3.fma(r, c2).fma(r2, c1.fma(r, c0));
            DoubleVector s1 = c7.fma(r, c6).fma(r2, c5.fma(r, c4));
            DoubleVector s2 = c11.fma(r, c10).fma(r2, c9.fma(r, c8));
            DoubleVector p = s2.fma(r4.mul(r4), s1.fma(r4, s0)); // Elementary.expm1Tail
            DoubleVector q = r2.fma(p, r);
            DoubleVector scale = t.viewAsIntegralLanes().sub(SHIFTER_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes(); // 2^k
            scale.fma(q, scale.sub(1.0)).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] = Elementary.expm1(a[i]);
        }
    }

    /** {@code a[i] = ln(1 + a[i])} for i in [from, to), each {@code a[i]} in [0, 1]: {@link Elementary#log1p}. */
    static void log1p(double[] a, int from, int to) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += LANES) {
            DoubleVector u = DoubleVector.fromArray(SPECIES, a, i);
            DoubleVector y = u.add(1.0);
            DoubleVector lost = u.sub(y.sub(1.0)).div(y);
            VectorMask<Double> big = y.compare(VectorOperators.GT, Elementary.SQRT2);
            DoubleVector m = y.blend(y.mul(0.5), big);
            DoubleVector k = DoubleVector.zero(SPECIES).blend(1.0, big);
            DoubleVector f = m.sub(1.0);
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector z = s.mul(s);
            DoubleVector p = DoubleVector.broadcast(SPECIES, Elementary.ATANH_SERIES[0]);
            for (int j = 1; j < Elementary.ATANH_SERIES.length; j++) {
                p = p.fma(z, DoubleVector.broadcast(SPECIES, Elementary.ATANH_SERIES[j]));
            }
            DoubleVector lnM = s.mul(z).fma(p, s.add(s));
            k.fma(DoubleVector.broadcast(SPECIES, LN2_HI),
                    lnM.add(k.fma(DoubleVector.broadcast(SPECIES, LN2_LO), lost))).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] = Elementary.log1p(a[i]);
        }
    }
}
