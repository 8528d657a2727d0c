package org.backproplab.benchmarks;

/** A matrix product's shape, written {@code MxKxN}: an M x N result with inner dimension K. */
public record KernelShape(int m, int k, int n) {
    public KernelShape {
        if (m < 1 || k < 1 || n < 1) {
            throw new IllegalArgumentException("kernel shape dimensions must be >= 1, got " + m + "x" + k + "x" + n);
        }
    }

    public static KernelShape parse(String text) {
        String[] parts = text.split("x");
        if (parts.length != 3) {
            throw new IllegalArgumentException("kernel shape must be MxKxN, got '" + text + "'");
        }
        try {
            return new KernelShape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kernel shape must be MxKxN, got '" + text + "'", e);
        }
    }

    /** Floating-point operations of the product: one multiply and one add per (i, p, j). */
    public double flops() {
        return 2.0 * m * k * n;
    }
}
