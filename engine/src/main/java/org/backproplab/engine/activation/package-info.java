/**
 * Activation functions f and their derivatives f', the {@code d out / d net} factor of the chain rule
 * (eq. 6.44) that back-propagation multiplies in once per layer. A sealed family of records: identity, sigmoid,
 * tanh and ReLU; {@link org.backproplab.engine.activation.Activation#named} turns a user's name into one.
 */
package org.backproplab.engine.activation;
