package org.backproplab.experiments.training;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one probe measured of one run: named arrays of numbers, e.g. {@code "biasGradient"} as
 * {@code [epoch][layer]}. Saved with the run as base64 of each row's doubles ({@link #encoded}): exact to the bit
 * (a figure drawn from a resumed sweep is byte for byte the one of an uninterrupted sweep) and a third the size
 * of decimal text, which matters for a layer's outputs on every training sample.
 */
public record Measurements(Map<String, double[][]> arrays) implements java.io.Serializable {
    public Measurements {
        Map<String, double[][]> copy = new LinkedHashMap<>();
        arrays.forEach((k, v) -> copy.put(k, deepCopy(v)));
        arrays = java.util.Collections.unmodifiableMap(copy);
    }

    /** The array called {@code name}, a copy; an exception naming it if this probe did not measure it. */
    public double[][] get(String name) {
        double[][] a = arrays.get(name);
        if (a == null) {
            throw new IllegalStateException("no measurement '" + name + "'; have " + arrays.keySet());
        }
        return deepCopy(a);
    }

    /** Whether every one of {@code names} is here with {@code rows} rows (any row length). */
    public boolean has(List<String> names, int rows) {
        for (String n : names) {
            double[][] a = arrays.get(n);
            if (a == null || a.length != rows || Arrays.stream(a).anyMatch(java.util.Objects::isNull)) {
                return false;
            }
        }
        return true;
    }

    /** The form saved in a run's JSON file: each row as base64 of its doubles, big-endian. */
    public Map<String, List<String>> encoded() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        arrays.forEach((k, rows) -> out.put(k, Arrays.stream(rows).map(Measurements::encode).toList()));
        return out;
    }

    /** The inverse of {@link #encoded}; an IllegalArgumentException for text that is not whole doubles. */
    public static Measurements decode(Map<String, List<String>> encoded) {
        Map<String, double[][]> arrays = new LinkedHashMap<>();
        encoded.forEach((k, rows) -> arrays.put(k, rows.stream().map(Measurements::decode).toArray(double[][]::new)));
        return new Measurements(arrays);
    }

    private static String encode(double[] row) {
        ByteBuffer b = ByteBuffer.allocate(8 * row.length);
        for (double v : row) {
            b.putDouble(v);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    private static double[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % 8 != 0) {
            throw new IllegalArgumentException("not a whole number of doubles: " + bytes.length + " bytes");
        }
        double[] row = new double[bytes.length / 8];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(row);
        return row;
    }

    private static double[][] deepCopy(double[][] a) {
        if (a == null) {
            return null;
        }
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] == null ? null : a[i].clone();
        }
        return c;
    }
}
