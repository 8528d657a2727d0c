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
        for (int l = 0; l < layers.size(); l++) {
            int k = layers.get(l).skip();
            if (k == 0) {
                continue;
            }
            if (l - k < -1) {
                throw new IllegalArgumentException("layer " + l + " cannot add out(" + (l - k) + "): a residual "
                        + "connection reaches back to the input (layer -1) at most");
            }
            int from = l - k < 0 ? inputs : layers.get(l - k).width();
            if (from != layers.get(l).width()) {
                throw new IllegalArgumentException("a residual connection adds out(l-" + k + ") to out(l) of the "
                        + "same width, but layer " + l + " has " + layers.get(l).width() + " units and "
                        + (l - k < 0 ? "the input" : "layer " + (l - k)) + " has " + from
                        + "; expected equal widths");
            }
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
        return mlp(inputs, depth, width, hidden, Normalization.none(), 0, outputs, output);
    }

    /**
     * As above, each hidden layer normalized by {@code norm}, and with a residual connection every
     * {@code residual} layers (0: none). The first hidden layer maps the inputs to the hidden width (the stem);
     * after it, layer l adds {@code out(l - k)} for l = k, 2k, 3k... up to the last hidden layer: blocks of k
     * layers, each with an identity shortcut around it, as in He et al.'s residual networks. The output layer is
     * never normalized and has no shortcut.
     */
    public static NetworkSpec mlp(int inputs, int depth, int width, Activation hidden, Normalization norm,
            int residual, int outputs, Activation output) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, got " + depth);
        }
        if (residual < 0) {
            throw new IllegalArgumentException("residual must be >= 0 (layers per shortcut, 0: none), got "
                    + residual);
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            boolean shortcut = residual > 0 && i >= residual && i % residual == 0;
            layers.add(new LayerSpec(width, hidden, norm, shortcut ? residual : 0));
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

    /** The layer whose output layer {@code l} adds ({@code l - skip}, -1 for the input), or -2 if none. */
    public int skipSource(int l) {
        int k = layers.get(l).skip();
        return k == 0 ? -2 : l - k;
    }

    /** Learned values in all: weights, biases, PReLU's slopes, batch normalization's scales and shifts. */
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < layers.size(); l++) {
            int units = layers.get(l).width();
            count += (fanIn(l) + 1) * units + layers.get(l).activation().parameterCount(units)
                    + layers.get(l).normalization().parameterCount(units);
        }
        return count;
    }

    @Override
    public String toString() {
        return inputs + " -> " + layers.stream().map(LayerSpec::toString).collect(Collectors.joining(" -> "));
    }
}
