package org.backproplab.engine.matrix;

import java.util.Arrays;

/**
 * A dense matrix stored row-major in a plain {@code double[]}: element (r, c) is {@code data[r * cols + c]}.
 *
 * <p>This is the engine's only storage type (the EJML layout). A mini-batch is a matrix with one sample per row;
 * a layer's weights are an {@code nIn x nOut} matrix, so that {@code net = X W + b} reads like the slides'
 * {@code net_h1 = w1 * i1 + w2 * i2 + b1}. The arithmetic lives in {@link MatrixKernels}, which writes into
 * matrices it is given, so a training step allocates nothing.
 *
 * <p>The array is exposed on purpose: kernels and tests read and write it directly.
 */
public final class Matrix implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int rows;
    private final int cols;
    private final double[] data;

    /** A zero matrix. */
    public Matrix(int rows, int cols) {
        this(rows, cols, new double[checkedSize(rows, cols)]);
    }

    /** Wraps {@code data} (not copied): the caller hands over the array. */
    public Matrix(int rows, int cols, double[] data) {
        int size = checkedSize(rows, cols);
        if (data.length != size) {
            throw new IllegalArgumentException(
                    "a " + rows + "x" + cols + " matrix needs " + size + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A copy of {@code values}, given as rows; every row must have the same length. */
    public static Matrix of(double[]... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row");
        }
        int cols = values[0].length;
        Matrix m = new Matrix(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + values[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(values[r], 0, m.data, r * cols, cols);
        }
        return m;
    }

    /** A single-row matrix holding a copy of {@code values}. */
    public static Matrix row(double... values) {
        return new Matrix(1, values.length, values.clone());
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrix dimensions must be >= 1, got " + rows + "x" + cols);
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " is too large for one array");
        }
        return (int) size;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing row-major array, not a copy. */
    public double[] data() {
        return data;
    }

    public double get(int row, int col) {
        checkIndex(row, col);
        return data[row * cols + col];
    }

    public void set(int row, int col, double value) {
        checkIndex(row, col);
        data[row * cols + col] = value;
    }

    private void checkIndex(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException(
                    "(" + row + ", " + col + ") is outside a " + rows + "x" + cols + " matrix");
        }
    }

    /** Copies {@code source}'s values into this matrix; the shapes must match. */
    public void copyFrom(Matrix source) {
        if (source.rows != rows || source.cols != cols) {
            throw new IllegalArgumentException(
                    "copy: " + source.rows + "x" + source.cols + " into " + rows + "x" + cols);
        }
        System.arraycopy(source.data, 0, data, 0, data.length);
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    public void fill(double value) {
        Arrays.fill(data, value);
    }

    /** Row {@code row} as a new array (for reporting, not for hot loops). */
    public double[] rowCopy(int row) {
        checkIndex(row, 0);
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    public String shape() {
        return rows + "x" + cols;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Matrix ").append(shape()).append(" [");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? "" : ", ").append(data[r * cols + c]);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
