/**
 * Losses J and their gradient with respect to the network's output, where back-propagation starts: the seeds'
 * sum of squares E = sum 1/2 (target - out)^2, mean squared error, binary cross-entropy (sigmoid output),
 * softmax cross-entropy (identity output, softmax fused into the loss) and negative log-likelihood (softmax
 * output). J is the mean over the mini-batch, so the gradient carries the 1/m. Each loss says the output activation
 * it is meant for and draws valid random targets for itself. Where its gradient goes next:
 * {@link org.backproplab.engine.network}, which maps the slides' equations onto the code.
 */
package org.backproplab.engine.loss;
