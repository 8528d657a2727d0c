/**
 * How a network's weights start: explicit values (the seeds' worked examples), a constant, Xavier/Glorot
 * uniform (for sigmoid and tanh) and He normal (for ReLU). Every random draw comes from a generator the caller
 * seeds, so the same seed gives the same network.
 */
package org.backproplab.engine.init;
