/**
 * A from-scratch feed-forward engine: {@link org.backproplab.engine.network} (layers, forward and back-propagation),
 * {@link org.backproplab.engine.matrix} (the kernels), {@link org.backproplab.engine.activation},
 * {@link org.backproplab.engine.loss}, {@link org.backproplab.engine.init}, {@link org.backproplab.engine.optim},
 * {@link org.backproplab.engine.train} and {@link org.backproplab.engine.check} (gradient checks); here only the
 * options a JVM running it needs ({@link org.backproplab.engine.JvmOptions}).
 */
package org.backproplab.engine;
