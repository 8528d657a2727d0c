/**
 * Activation functions f and their derivatives f', the {@code d out / d net} factor of the chain rule
 * (eq. 6.44) that back-propagation multiplies in once per layer ({@link org.backproplab.engine.network} maps the
 * slides' equations onto the code). A sealed family of records, from the slides' sigmoid, tanh and ReLU to the
 * ReLU family and the smooth newer functions, each saying its {@link org.backproplab.engine.activation.Family}
 * (what initialization suits it) and what "saturated" means for it;
 * {@link org.backproplab.engine.activation.Activation#named} turns a user's name into one.
 */
package org.backproplab.engine.activation;
