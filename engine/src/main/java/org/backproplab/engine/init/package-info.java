/**
 * How a network's weights start: explicit values (the seeds' worked examples), a constant, uniform, Xavier/Glorot
 * (uniform and normal), He (normal and uniform) and LeCun normal.
 * {@link org.backproplab.engine.init.Initializer#matchedTo} picks the one derived for an activation's
 * {@link org.backproplab.engine.activation.Family}. Every random draw comes from a generator the caller seeds, so
 * the same seed gives the same network. The slides' worked example and its weights w1..w8, in the engine's layout:
 * {@link org.backproplab.engine.network}.
 */
package org.backproplab.engine.init;
