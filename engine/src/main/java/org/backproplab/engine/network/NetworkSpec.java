package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.engine.activation.Activation;

/**
 * The shape of a feed-forward network: the number of inputs and its dense layers, the last being the output layer.
 * The slides' 2-2-2 example is {@code NetworkSpec.of(2, new LayerSpec(2, sigmoid), new LayerSpec(2, sigmoid))}.
 */
public record NetworkSpec(int inputs, List<LayerSpec> layers) {
    public NetworkSpec {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be >= 1, got " + inputs);
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer (its output layer)");
        }
    }

    public static NetworkSpec of(int inputs, LayerSpec... layers) {
        return new NetworkSpec(inputs, List.of(layers));
    }

    /**
     * A multi-layer perceptron: {@code depth} hidden layers of {@code width} units with the same activation,
     * then an output layer.
     */
    public static NetworkSpec mlp(int inputs, int depth, int width, Activation hidden, int outputs,
            Activation output) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, got " + depth);
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(new LayerSpec(width, hidden));
        }
        layers.add(new LayerSpec(outputs, output));
        return new NetworkSpec(inputs, layers);
    }

    /** Number of hidden layers (all layers but the output layer). */
    public int hiddenLayers() {
        return layers.size() - 1;
    }

    public int outputs() {
        return layers.get(layers.size() - 1).width();
    }

    public Activation outputActivation() {
        return layers.get(layers.size() - 1).activation();
    }

    /** Inputs to layer {@code l}: the input width for the first layer, the previous layer's width otherwise. */
    public int fanIn(int l) {
        return l == 0 ? inputs : layers.get(l - 1).width();
    }

    /** Weights and biases in all. */
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < layers.size(); l++) {
            int units = layers.get(l).width();
            count += (fanIn(l) + 1) * units + layers.get(l).activation().parameterCount(units);
        }
        return count;
    }

    @Override
    public String toString() {
        return inputs + " -> " + layers.stream().map(LayerSpec::toString).collect(Collectors.joining(" -> "));
    }
}
