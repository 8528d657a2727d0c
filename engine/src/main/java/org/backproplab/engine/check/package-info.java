/**
 * A central finite-difference check of back-propagation's gradients, independent of the backward pass: it only
 * calls the forward pass and the loss. Used by the tests and available to experiments. What it checks, equation by
 * equation: {@link org.backproplab.engine.network}.
 */
package org.backproplab.engine.check;
