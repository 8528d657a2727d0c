package org.backproplab.datasets;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A labelled classification set: {@code size()} samples of {@code features} numbers each, stored row-major
 * ({@code inputs[i * features + j]}, the layout of the engine's matrices), and one class label in
 * {@code [0, classes)} per sample.
 *
 * <p>Plain arrays, no engine types: this module depends on none of ours, and the experiments wrap
 * {@link #inputsRowMajor()} and {@link #oneHotTargets()} into their matrices once. The record copies arrays in and
 * out, so an instance can be shared between threads freely; {@link #input(int, int)} and {@link #label(int)} read
 * one value without a copy. {@code equals} compares contents, unlike a plain record holding arrays.
 */
public record Dataset(String name, int features, double[] inputs, int[] labels, int classes) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(labels, "labels");
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("a data set needs >= 1 sample, got 0 labels");
        }
        if (inputs.length != labels.length * features) {
            throw new IllegalArgumentException(labels.length + " samples of " + features + " features need "
                    + labels.length * features + " inputs, got " + inputs.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label of sample " + i + " must be in [0, " + classes + "), got "
                        + labels[i]);
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            if (!Double.isFinite(inputs[i])) {
                throw new IllegalArgumentException("input " + (i % features) + " of sample " + (i / features)
                        + " must be finite, got " + inputs[i]);
            }
        }
        inputs = inputs.clone();
        labels = labels.clone();
    }

    public int size() {
        return labels.length;
    }

    /** Feature {@code feature} of sample {@code sample}, without copying anything. */
    public double input(int sample, int feature) {
        Objects.checkIndex(feature, features);
        return inputs[sample * features + feature];
    }

    public int label(int sample) {
        return labels[sample];
    }

    /** A copy of the inputs, row-major: {@code size() x features}. */
    @Override
    public double[] inputs() {
        return inputs.clone();
    }

    /** A copy of the inputs, row-major: {@code size() x features}; the name says the layout at the call site. */
    public double[] inputsRowMajor() {
        return inputs.clone();
    }

    /** A copy of the labels. */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The labels as one-hot rows, row-major: {@code size() x classes}, a fresh array. */
    public double[] oneHotTargets() {
        double[] targets = new double[size() * classes];
        for (int i = 0; i < size(); i++) {
            targets[i * classes + labels[i]] = 1.0;
        }
        return targets;
    }

    /** How many samples each class has; a class with none counts 0. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The samples at {@code rows}, in that order (a row may repeat), under the same name and classes. */
    public Dataset subset(int[] rows) {
        return subset(name, rows);
    }

    private Dataset subset(String subsetName, int[] rows) {
        double[] x = new double[rows.length * features];
        int[] y = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int row = rows[k];
            if (row < 0 || row >= size()) {
                throw new IndexOutOfBoundsException("row must be in [0, " + size() + "), got " + row);
            }
            System.arraycopy(inputs, row * features, x, k * features, features);
            y[k] = labels[row];
        }
        return new Dataset(subsetName, features, x, y, classes);
    }

    /**
     * A stratified split: within each class, {@code round(count * testFraction)} samples, chosen by a generator
     * seeded with {@code seed}, go to the test set, kept between 1 and {@code count - 1} so that every class appears
     * on both sides. Stratifying keeps the class balance of both parts equal to the whole's, so a test accuracy is
     * not skewed by a lucky draw. Both parts keep the original row order; the same seed always gives the same split.
     * A class with no sample at all (a digit missing from a subset of MNIST) is no obstacle.
     *
     * @throws IllegalArgumentException if {@code testFraction} is not in (0, 1)
     * @throws DataFileException naming this set, if a class has a single sample: it could not be in both parts
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        int[] counts = classCounts();
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 1) {
                throw new DataFileException(name, "cannot split " + size() + " samples: class " + c + " has only 1; "
                        + "a stratified train/test split needs at least 2 samples of every class, one for each part");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] inTest = new boolean[size()];
        for (int c = 0; c < classes; c++) {
            int[] members = rowsOfClass(c);
            if (members.length == 0) {
                continue;
            }
            shuffle(members, random);
            int nTest = (int) Math.round(members.length * testFraction);
            nTest = Math.max(1, Math.min(members.length - 1, nTest));
            for (int k = 0; k < nTest; k++) {
                inTest[members[k]] = true;
            }
        }
        return new Split(subset(name + " [train]", rowsWhere(inTest, false)),
                subset(name + " [test]", rowsWhere(inTest, true)));
    }

    private int[] rowsOfClass(int c) {
        int[] rows = new int[classCounts()[c]];
        int k = 0;
        for (int i = 0; i < size(); i++) {
            if (labels[i] == c) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    private static int[] rowsWhere(boolean[] flags, boolean value) {
        int n = 0;
        for (boolean f : flags) {
            n += f == value ? 1 : 0;
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == value) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /** Fisher-Yates, so that every order is equally likely and the result depends only on the seed. */
    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && name.equals(d.name) && features == d.features && classes == d.classes
                && Arrays.equals(inputs, d.inputs) && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, features, classes, Arrays.hashCode(inputs), Arrays.hashCode(labels));
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ": " + size() + " samples x " + features + " features, " + classes + " classes]";
    }
}
