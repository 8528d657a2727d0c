package org.backproplab.datasets;

import java.util.Arrays;
import java.util.Objects;

/**
 * The single samples the seeds' worked examples feed their networks (../shared/seeds), so that a trace of those
 * examples takes its numbers from one place rather than retyping them.
 */
public final class SeedExamples {
    private SeedExamples() {
    }

    /** One input vector and its target vector, copied in and out; {@code equals} compares contents. */
    public record Sample(double[] input, double[] target) {
        public Sample {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(target, "target");
            if (input.length == 0 || target.length == 0) {
                throw new IllegalArgumentException("a sample needs >= 1 input and >= 1 target, got "
                        + input.length + " and " + target.length);
            }
            input = input.clone();
            target = target.clone();
        }

        @Override
        public double[] input() {
            return input.clone();
        }

        @Override
        public double[] target() {
            return target.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sample s && Arrays.equals(input, s.input) && Arrays.equals(target, s.target);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(input) + Arrays.hashCode(target);
        }

        @Override
        public String toString() {
            return "Sample[input=" + Arrays.toString(input) + ", target=" + Arrays.toString(target) + "]";
        }
    }

    /**
     * 000_a7fa32dd237eadff.txt, the worked 2-2-2 sigmoid example: inputs i1 = 0.05, i2 = 0.10 and targets
     * o1 = 0.01, o2 = 0.99.
     */
    public static Sample sigmoid222() {
        return new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99});
    }

    /**
     * 004_e7081218ef15327e.txt, the first row of the XOR truth table that its one back-propagation step uses:
     * X1 = 0, X2 = 0, Y = 0. The whole table is {@link Xor#truthTable()}.
     */
    public static Sample xorFirstSample() {
        return new Sample(new double[] {0, 0}, new double[] {0});
    }
}
