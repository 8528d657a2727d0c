package org.backproplab.engine.init;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.backproplab.engine.matrix.Matrix;

/**
 * Weights given value by value, as in the slides' worked example: {@code weights.get(l)[i][j]} is the weight from
 * unit i of layer l's input to unit j of layer l ({@code nIn x nOut}), {@code biases.get(l)[j]} unit j's bias.
 */
public record Explicit(List<double[][]> weights, List<double[]> biases) implements Initializer {
    public Explicit {
        if (weights.size() != biases.size()) {
            throw new IllegalArgumentException(
                    "explicit weights for " + weights.size() + " layers but biases for " + biases.size());
        }
        List<double[][]> w = new ArrayList<>();
        for (double[][] layer : weights) {
            double[][] copy = new double[layer.length][];
            for (int i = 0; i < layer.length; i++) {
                copy[i] = layer[i].clone();
            }
            w.add(copy);
        }
        weights = List.copyOf(w);
        biases = biases.stream().map(double[]::clone).toList();
    }

    @Override
    public String name() {
        return "explicit";
    }

    @Override
    public void initialize(int layer, Matrix weights, Matrix biases, RandomGenerator random) {
        if (layer >= this.weights.size()) {
            throw new IllegalArgumentException(
                    "explicit weights were given for " + this.weights.size() + " layers, the network has more");
        }
        Matrix w = Matrix.of(this.weights.get(layer));
        if (w.rows() != weights.rows() || w.cols() != weights.cols()) {
            throw new IllegalArgumentException("layer " + layer + " needs " + weights.shape()
                    + " weights (nIn x nOut), got " + w.shape());
        }
        double[] b = this.biases.get(layer);
        if (b.length != biases.cols()) {
            throw new IllegalArgumentException(
                    "layer " + layer + " needs " + biases.cols() + " biases, got " + b.length);
        }
        weights.copyFrom(w);
        System.arraycopy(b, 0, biases.data(), 0, b.length);
    }
}
