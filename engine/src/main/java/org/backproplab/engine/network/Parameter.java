package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Matrix;

/**
 * One learned matrix of a network, as optimizers and gradient checks walk them ({@link Network#parameters()}):
 * its name in reports ({@code layer 2 W}), its live value, and which learning rate it trains at. Its gradient is
 * {@link Gradients#of(int)} at the same {@code index}.
 *
 * @param atBiasRate whether it learns at the biases' rate (the biases and batch normalization's shift, which acts
 *                   as the bias of a normalized layer) rather than the weights' (weights, PReLU's slopes as in
 *                   DL4J, and batch normalization's scale)
 */
public record Parameter(String name, int layer, int index, Matrix value, boolean atBiasRate) {
}
