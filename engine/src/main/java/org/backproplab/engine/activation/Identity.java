package org.backproplab.engine.activation;

import org.backproplab.engine.matrix.Matrix;

/** {@code f(net) = net}: the output layer of a regression or of softmax cross-entropy, and the XOR seed's units. */
public record Identity() implements Activation {
    @Override
    public String name() {
        return "identity";
    }

    /** Linear everywhere, neither squashing nor a rectifier: Glorot's derivation, which linearizes f at 0, is exact. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return net;
    }

    @Override
    public double derivative(double net, double out) {
        return 1.0;
    }

    // Its own copies, not the interface's loops: see Elementwise.
    @Override
    public void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        System.arraycopy(net.data(), 0, out.data(), 0, net.data().length);
    }

    @Override
    public void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        System.arraycopy(dOut.data(), 0, delta.data(), 0, dOut.data().length); // dJ/dout * 1
    }
}
