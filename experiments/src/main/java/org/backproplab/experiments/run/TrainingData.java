package org.backproplab.experiments.run;

import org.backproplab.datasets.Dataset;
import org.backproplab.datasets.Split;
import org.backproplab.engine.matrix.Matrix;

/**
 * A train/test split as the engine's matrices: inputs one sample per row, targets one-hot. Built once and shared,
 * read-only, by every run of a sweep.
 */
public record TrainingData(String description, Matrix trainX, Matrix trainY, Matrix testX, Matrix testY,
        int classes) {

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
}
