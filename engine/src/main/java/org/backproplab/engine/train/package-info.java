/**
 * Training and measuring: {@link org.backproplab.engine.train.Trainer} runs epochs of seeded, shuffled
 * mini-batch updates without allocating per step; {@link org.backproplab.engine.train.Evaluator} measures loss,
 * accuracy and each layer's gradient norm on a whole data set. One step of it, forward, backward and update, as
 * the slides write it: {@link org.backproplab.engine.network}.
 */
package org.backproplab.engine.train;
