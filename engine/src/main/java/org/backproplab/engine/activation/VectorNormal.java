package org.backproplab.engine.activation;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static org.backproplab.engine.activation.Normal.CLAMP;
import static org.backproplab.engine.activation.Normal.FAR;
import static org.backproplab.engine.activation.Normal.HIGH_WORD;
import static org.backproplab.engine.activation.Normal.INV_SQRT2;
import static org.backproplab.engine.activation.Normal.MIDDLE;
import static org.backproplab.engine.activation.Normal.SMALL;
import static org.backproplab.engine.activation.VectorElementary.LANES;
import static org.backproplab.engine.activation.VectorElementary.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * {@link Normal}'s GELU on vectors, in passes over a chunk, because an exponential needs its argument first:
 * {@link #prepare} writes, for a chunk of {@code len} elements, the tail's exponent in two parts ({@code [0, len)}
 * exact, {@code [len, 2 len)} small), the quotient P/Q of each lane's piece ({@code [2 len, 3 len)}) and 1/y
 * ({@code [3 len, 4 len)}); {@link VectorElementary#expOfSum} makes the exponential; {@link #forward} combines. The
 * backward pass needs only the density's exponential ({@link #densityArguments}) and Phi = out / x.
 *
 * <p>A lane evaluates a piece's polynomials only when some lane of its vector is on that piece (net inputs are
 * mostly small, so the far tail's are usually skipped); it keeps its own piece's value, so the bits are
 * {@code Normal}'s whatever its neighbours are.
 */
final class VectorNormal {
    private VectorNormal() {
    }

    static void prepare(double[] n, int from, int len, double[] s) {
        for (int j = 0; j < len; j += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
            DoubleVector a = x.abs();
            a = a.blend(CLAMP, a.compare(GT, CLAMP));
            DoubleVector z = a.viewAsIntegralLanes().and(HIGH_WORD).viewAsFloatingLanes();
            DoubleVector d = a.sub(z).mul(a.add(z)).mul(0.5);
            DoubleVector y = a.mul(INV_SQRT2);
            VectorMask<Double> small = y.compare(LT, SMALL);
            DoubleVector w = y.mul(y);
            DoubleVector num = DoubleVector.broadcast(SPECIES, Normal.PP[0]);
            for (int c = 1; c < Normal.PP.length; c++) {
                num = num.fma(w, DoubleVector.broadcast(SPECIES, Normal.PP[c]));
            }
            DoubleVector den = DoubleVector.broadcast(SPECIES, Normal.QQ[0]);
            for (int c = 1; c < Normal.QQ.length; c++) {
                den = den.fma(w, DoubleVector.broadcast(SPECIES, Normal.QQ[c]));
            }
            DoubleVector inverse = y;
            if (!small.allTrue()) {
                VectorMask<Double> middle = small.not().and(y.compare(LT, MIDDLE));
                if (middle.anyTrue()) {
                    DoubleVector t = y.sub(1.0);
                    DoubleVector p = DoubleVector.broadcast(SPECIES, Normal.PA[0]);
                    for (int c = 1; c < Normal.PA.length; c++) {
                        p = p.fma(t, DoubleVector.broadcast(SPECIES, Normal.PA[c]));
                    }
                    DoubleVector r = DoubleVector.broadcast(SPECIES, Normal.QA[0]);
                    for (int c = 1; c < Normal.QA.length; c++) {
                        r = r.fma(t, DoubleVector.broadcast(SPECIES, Normal.QA[c]));
                    }
                    num = num.blend(p, middle);
                    den = den.blend(r, middle);
                }
                VectorMask<Double> tail = small.or(middle).not();
                if (tail.anyTrue()) {
                    inverse = DoubleVector.broadcast(SPECIES, 1.0).div(y);
                    DoubleVector t = inverse.mul(inverse);
                    DoubleVector p = DoubleVector.broadcast(SPECIES, Normal.RA[0]);
                    for (int c = 1; c < Normal.RA.length; c++) {
                        p = p.fma(t, DoubleVector.broadcast(SPECIES, Normal.RA[c]));
                    }
                    DoubleVector r = DoubleVector.broadcast(SPECIES, Normal.SA[0]);
                    for (int c = 1; c < Normal.SA.length; c++) {
                        r = r.fma(t, DoubleVector.broadcast(SPECIES, Normal.SA[c]));
                    }
                    num = num.blend(p, tail);
                    den = den.blend(r, tail);
                    VectorMask<Double> far = tail.and(y.compare(LT, FAR).not());
                    if (far.anyTrue()) {
                        p = DoubleVector.broadcast(SPECIES, Normal.RB[0]);
                        for (int c = 1; c < Normal.RB.length; c++) {
                            p = p.fma(t, DoubleVector.broadcast(SPECIES, Normal.RB[c]));
                        }
                        r = DoubleVector.broadcast(SPECIES, Normal.SB[0]);
                        for (int c = 1; c < Normal.SB.length; c++) {
                            r = r.fma(t, DoubleVector.broadcast(SPECIES, Normal.SB[c]));
                        }
                        num = num.blend(p, far);
                        den = den.blend(r, far);
                    }
                }
            }
            DoubleVector q = num.div(den);
            z.mul(z).mul(-0.5).sub(0.5625).intoArray(s, j);
            q.sub(d).intoArray(s, len + j);
            q.intoArray(s, 2 * len + j);
            inverse.intoArray(s, 3 * len + j);
        }
    }

    /** {@code o = x Phi(x)}, from the buffer {@link #prepare} wrote and the exponential filled in. */
    static void forward(double[] n, int from, int len, double[] s, double[] o) {
        for (int j = 0; j < len; j += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
            DoubleVector a = x.abs();
            a = a.blend(CLAMP, a.compare(GT, CLAMP));
            DoubleVector y = a.mul(INV_SQRT2);
            DoubleVector q = DoubleVector.fromArray(SPECIES, s, 2 * len + j);
            DoubleVector small = DoubleVector.broadcast(SPECIES, 0.5).sub(y.fma(q, y.sub(0.5))).mul(0.5);
            DoubleVector middle = DoubleVector.broadcast(SPECIES, Normal.ONE_MINUS_ERX).sub(q).mul(0.5);
            DoubleVector tail = DoubleVector.fromArray(SPECIES, s, j).mul(0.5)
                    .mul(DoubleVector.fromArray(SPECIES, s, 3 * len + j));
            VectorMask<Double> isSmall = y.compare(LT, SMALL);
            DoubleVector h = tail.blend(middle, isSmall.not().and(y.compare(LT, MIDDLE))).blend(small, isSmall);
            x.mul(h.blend(DoubleVector.broadcast(SPECIES, 1.0).sub(h), x.compare(GE, 0.0))).intoArray(o, from + j);
        }
    }

    /** The density's exponent {@code -x^2/2} in its two parts, {@code -z^2/2} exact and {@code -d} small. */
    static void densityArguments(double[] n, int from, int len, double[] s) {
        for (int j = 0; j < len; j += LANES) {
            DoubleVector a = DoubleVector.fromArray(SPECIES, n, from + j).abs();
            a = a.blend(CLAMP, a.compare(GT, CLAMP));
            DoubleVector z = a.viewAsIntegralLanes().and(HIGH_WORD).viewAsFloatingLanes();
            z.mul(z).mul(-0.5).intoArray(s, j);
            a.sub(z).mul(a.add(z)).mul(0.5).neg().intoArray(s, len + j);
        }
    }

    /** {@code delta = dOut (Phi + x phi)}, Phi = out / x ({@link Normal#geluSlope}), phi from the buffer. */
    static void backward(double[] n, double[] out, double[] dOut, int from, int len, double[] s, double[] delta) {
        for (int j = 0; j < len; j += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
            DoubleVector cdf = DoubleVector.fromArray(SPECIES, out, from + j).div(x)
                    .blend(0.5, x.abs().compare(LT, Normal.TINY));
            DoubleVector density = DoubleVector.fromArray(SPECIES, s, j).mul(Normal.INV_SQRT_2PI);
            DoubleVector.fromArray(SPECIES, dOut, from + j).mul(x.fma(density, cdf)).intoArray(delta, from + j);
        }
    }
}
