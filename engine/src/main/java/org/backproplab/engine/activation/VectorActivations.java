package org.backproplab.engine.activation;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static org.backproplab.engine.activation.VectorElementary.LANES;
import static org.backproplab.engine.activation.VectorElementary.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * The transcendental activations' forward and backward loops on the Vector API, for every whole vector of an
 * array; each returns where it stopped, and the record finishes the rest with its scalar function, which gives
 * the same bits (the lanes do the scalar code's operations in its order; {@code VectorActivationsTest} checks
 * every function on random and special values).
 *
 * <p>Each loop goes through the array in chunks of {@link #CHUNK} elements: it writes the exponentials' arguments
 * into a buffer, lets {@link VectorElementary} turn them into exponentials in place, and then combines them with
 * the net inputs. The buffer is the thread's own and stays in L1; no vector crosses a method call.
 *
 * <p>One loop per activation, not one loop taking a function: a shared loop would see every activation of a
 * program, call its function through an interface it cannot inline, and pass the vectors through the heap.
 */
final class VectorActivations {
    private VectorActivations() {
    }

    /** Elements per chunk: four buffers of 256 doubles are 8 KB, well inside L1 beside the arrays' own lines. */
    static final int CHUNK = 256;
    private static final ThreadLocal<double[]> BUFFER = ThreadLocal.withInitial(() -> new double[4 * CHUNK]);
    private static final long SIGN = Elementary.SIGN;

    /** {@code s[j] = -scale |n[from + j]|}: e^-|x| is what every logistic-like function is made of. */
    private static void negativeAbs(double[] n, int from, int len, double scale, double[] s) {
        for (int j = 0; j < len; j++) {
            s[j] = -scale * Math.abs(n[from + j]);
        }
    }

    static int sigmoidForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                e.blend(1.0, x.compare(GE, 0.0)).div(e.add(1.0)).intoArray(o, from + j);
            }
        }
        return end;
    }

    static int tanhForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 2.0, s);
            VectorElementary.expm1(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector q = DoubleVector.fromArray(SPECIES, s, j);
                DoubleVector t = q.neg().div(q.add(2.0));
                t.viewAsIntegralLanes().and(~SIGN).or(x.viewAsIntegralLanes().and(SIGN)).viewAsFloatingLanes()
                        .intoArray(o, from + j);
            }
        }
        return end;
    }

    /** ELU and SELU: {@code lambda x} above 0, {@code lambda alpha (e^x - 1)} below. */
    static int eluForward(double[] n, double[] o, double lambda, double lambdaAlpha) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            System.arraycopy(n, from, s, 0, len);
            VectorElementary.expm1(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector below = DoubleVector.fromArray(SPECIES, s, j).mul(lambdaAlpha);
                below.blend(x.mul(lambda), x.compare(GT, 0.0)).intoArray(o, from + j);
            }
        }
        return end;
    }

    /** {@code delta = dOut (x > 0 ? lambda : lambda alpha e^x)}. */
    static int eluBackward(double[] n, double[] g, double[] d, double lambda, double lambdaAlpha) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            System.arraycopy(n, from, s, 0, len);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector slope = DoubleVector.fromArray(SPECIES, s, j).mul(lambdaAlpha)
                        .blend(lambda, x.compare(GT, 0.0));
                DoubleVector.fromArray(SPECIES, g, from + j).mul(slope).intoArray(d, from + j);
            }
        }
        return end;
    }

    static int softplusForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            VectorElementary.log1p(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector.zero(SPECIES).blend(x, x.compare(GT, 0.0)).add(DoubleVector.fromArray(SPECIES, s, j))
                        .intoArray(o, from + j);
            }
        }
        return end;
    }

    /** Softplus' slope is the sigmoid: {@code delta = dOut sigmoid(x)}. */
    static int softplusBackward(double[] n, double[] g, double[] d) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                DoubleVector sigmoid = e.blend(1.0, x.compare(GE, 0.0)).div(e.add(1.0));
                DoubleVector.fromArray(SPECIES, g, from + j).mul(sigmoid).intoArray(d, from + j);
            }
        }
        return end;
    }

    static int swishForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                x.mul(e.blend(1.0, x.compare(GE, 0.0)).div(e.add(1.0))).intoArray(o, from + j);
            }
        }
        return end;
    }

    /** {@link Swish#slope}. */
    static int swishBackward(double[] n, double[] g, double[] d) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                DoubleVector r = DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0));
                VectorMask<Double> positive = x.compare(GE, 0.0);
                DoubleVector sigmoid = e.blend(1.0, positive).mul(r);
                DoubleVector complement = DoubleVector.broadcast(SPECIES, 1.0).blend(e, positive).mul(r);
                DoubleVector.fromArray(SPECIES, g, from + j).mul(x.mul(sigmoid).fma(complement, sigmoid))
                        .intoArray(d, from + j);
            }
        }
        return end;
    }

    static int mishForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector w = DoubleVector.fromArray(SPECIES, s, j);
                VectorMask<Double> positive = x.compare(GE, 0.0);
                DoubleVector num = w.mul(w.add(2.0)).blend(w.mul(2.0).add(1.0), positive);
                DoubleVector k = DoubleVector.broadcast(SPECIES, 1.0).blend(w.mul(w), positive);
                DoubleVector den = k.mul(2.0).add(num);
                x.mul(num.div(den)).intoArray(o, from + j);
            }
        }
        return end;
    }

    /** {@link Mish#slope}. */
    static int mishBackward(double[] n, double[] g, double[] d) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            negativeAbs(n, from, len, 1.0, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector w = DoubleVector.fromArray(SPECIES, s, j);
                VectorMask<Double> positive = x.compare(GE, 0.0);
                DoubleVector num = w.mul(w.add(2.0)).blend(w.mul(2.0).add(1.0), positive);
                DoubleVector k = DoubleVector.broadcast(SPECIES, 1.0).blend(w.mul(w), positive);
                DoubleVector den = k.mul(2.0).add(num);
                DoubleVector onePlusW = w.add(1.0);
                DoubleVector both = DoubleVector.broadcast(SPECIES, 1.0).div(den.mul(onePlusW));
                DoubleVector t = num.mul(onePlusW).mul(both);
                DoubleVector complement = k.mul(2.0).mul(onePlusW).mul(both);
                DoubleVector sigmoid = w.blend(1.0, positive).mul(den).mul(both);
                DoubleVector slope = x.mul(complement).mul(t.add(1.0)).fma(sigmoid, t);
                DoubleVector.fromArray(SPECIES, g, from + j).mul(slope).intoArray(d, from + j);
            }
        }
        return end;
    }

    /** {@code s[j] = -|u|}, {@code u = 2 sqrt(2/pi) (x + 0.044715 x^3)}: GELU-tanh is {@code x sigmoid(u)}. */
    private static void geluTanhArguments(double[] n, int from, int len, double[] s) {
        for (int j = 0; j < len; j++) {
            double x = n[from + j];
            s[j] = -Math.abs(x * Math.fma(GELUTanh.TWO_CK, x * x, GELUTanh.TWO_C));
        }
    }

    static int geluTanhForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            geluTanhArguments(n, from, len, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector u = x.mul(x.mul(x).fma(GELUTanh.TWO_CK, GELUTanh.TWO_C));
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                x.mul(e.blend(1.0, u.compare(GE, 0.0)).div(e.add(1.0))).intoArray(o, from + j);
            }
        }
        return end;
    }

    /** {@link GELUTanh#slope}. */
    static int geluTanhBackward(double[] n, double[] g, double[] d) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            geluTanhArguments(n, from, len, s);
            VectorElementary.exp(s, 0, len);
            for (int j = 0; j < len; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, n, from + j);
                DoubleVector x2 = x.mul(x);
                DoubleVector u = x.mul(x2.fma(GELUTanh.TWO_CK, GELUTanh.TWO_C));
                DoubleVector e = DoubleVector.fromArray(SPECIES, s, j);
                DoubleVector r = DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0));
                VectorMask<Double> positive = u.compare(GE, 0.0);
                DoubleVector sigmoid = e.blend(1.0, positive).mul(r);
                DoubleVector complement = DoubleVector.broadcast(SPECIES, 1.0).blend(e, positive).mul(r);
                DoubleVector slope = x.mul(sigmoid).mul(complement).fma(x2.fma(GELUTanh.SIX_CK, GELUTanh.TWO_C),
                        sigmoid);
                DoubleVector.fromArray(SPECIES, g, from + j).mul(slope).intoArray(d, from + j);
            }
        }
        return end;
    }

    static int geluForward(double[] n, double[] o) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            VectorNormal.prepare(n, from, len, s);
            VectorElementary.expOfSum(s, 0, len);
            VectorNormal.forward(n, from, len, s, o);
        }
        return end;
    }

    static int geluBackward(double[] n, double[] out, double[] g, double[] d) {
        double[] s = BUFFER.get();
        int end = SPECIES.loopBound(n.length);
        for (int from = 0; from < end; from += CHUNK) {
            int len = Math.min(CHUNK, end - from);
            VectorNormal.densityArguments(n, from, len, s);
            VectorElementary.expOfSum(s, 0, len);
            VectorNormal.backward(n, out, g, from, len, s, d);
        }
        return end;
    }
}
