package org.backproplab.experiments.grid;

import org.backproplab.datasets.Dataset;
import org.backproplab.datasets.Split;
import org.backproplab.engine.matrix.Matrix;

/**
 * A train/test split as the engine's matrices: inputs one sample per row, targets one-hot. Built once and shared,
 * read-only, by every run of a sweep.
 */
public record TrainingData(String description, Matrix trainX, Matrix trainY, Matrix testX, Matrix testY,
        int classes) implements java.io.Serializable {

    public static TrainingData of(String description, Split split) {
        Dataset train = split.train();
        Dataset test = split.test();
        return new TrainingData(description,
                new Matrix(train.size(), train.features(), train.inputsRowMajor()),
                new Matrix(train.size(), train.classes(), train.oneHotTargets()),
                new Matrix(test.size(), test.features(), test.inputsRowMajor()),
                new Matrix(test.size(), test.classes(), test.oneHotTargets()),
                train.classes());
    }

    public int inputs() {
        return trainX.cols();
    }

    /**
     * SHA-256 of every number the runs see (both parts, inputs and targets, in order), in hex: the same for the
     * same data however it was named, different after any change to a file behind it. A resume checks it, so
     * that runs on an edited CSV file are never mixed with runs on the old one.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8 * 4096);
            for (Matrix m : new Matrix[] {trainX, trainY, testX, testY}) {
                sha.update(buffer.array(), 0, buffer.position());
                buffer.clear();
                buffer.putInt(m.rows()).putInt(m.cols());
                for (double v : m.data()) {
                    if (buffer.remaining() < 8) {
                        sha.update(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                    buffer.putDouble(v);
                }
            }
            sha.update(buffer.array(), 0, buffer.position());
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
