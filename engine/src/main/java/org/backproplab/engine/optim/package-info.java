/**
 * Optimizers: what turns a gradient into a weight update. Plain SGD, {@code W := W - alpha * dJ/dW}, with one
 * learning rate for weights and one for biases, so that biases can be held fixed as the first seed's worked
 * example does.
 */
package org.backproplab.engine.optim;
