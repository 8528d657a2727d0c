package org.backproplab.engine.activation;

/** {@code f(net) = net}: the output layer of a regression or of softmax cross-entropy, and the XOR seed's units. */
public record Identity() implements Activation {
    @Override
    public String name() {
        return "identity";
    }

    @Override
    public double apply(double net) {
        return net;
    }

    @Override
    public double derivative(double net, double out) {
        return 1.0;
    }
}
