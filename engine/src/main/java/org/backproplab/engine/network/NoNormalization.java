package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/** A layer without normalization: its net input is the dense product itself, {@code net = out(l-1) W + b}. */
public record NoNormalization() implements Normalization {
    static final NoNormalization INSTANCE = new NoNormalization();

    @Override
    public String name() {
        return "none";
    }

    /** Its name, as sweeps, tables and messages write it. */
    @Override
    public String toString() {
        return name();
    }

    @Override
    public int parameterCount(int units) {
        return 0;
    }

    @Override
    public BatchNormParameters newParameters(int units) {
        return null;
    }

    @Override
    public BatchNormBuffers newBuffers(int rows, int units) {
        return null;
    }

    @Override
    public void forward(Matrix z, Matrix net, BatchNormParameters p, BatchNormBuffers b, Pass pass) {
        // net is z: the workspace hands the same buffer for both
    }

    @Override
    public void backward(Matrix dNet, Matrix dz, BatchNormParameters p, BatchNormBuffers b, Matrix dGamma,
            Matrix dBeta) {
        // dJ/dz is dJ/dnet: the same buffer
    }
}
