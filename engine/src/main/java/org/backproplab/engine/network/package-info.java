/**
 * The network and back-propagation: {@link org.backproplab.engine.network.NetworkSpec} says the shape,
 * {@link org.backproplab.engine.network.Network} holds the weights and runs the forward pass (net and out of
 * every layer) and the backward pass (every layer's delta, then dJ/dW and dJ/db), and
 * {@link org.backproplab.engine.network.Workspace} holds every buffer both passes write, allocated once per
 * batch size.
 */
package org.backproplab.engine.network;
