/**
 * Losses J and their gradient with respect to the network's output, where back-propagation starts: the seeds'
 * sum of squares E = sum 1/2 (target - out)^2, mean squared error, binary cross-entropy (sigmoid output) and
 * softmax cross-entropy (identity output, softmax fused into the loss). J is the mean over the mini-batch, so the
 * gradient carries the 1/m.
 */
package org.backproplab.engine.loss;
