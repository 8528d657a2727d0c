/**
 * {@code -Dexp=linear-regions}: the linear regions ReLU networks of one unit count and growing depth carve in the
 * plane, at initialization and after training, beside Montufar et al. (2014)'s bound.
 */
package org.backproplab.experiments.linearregions;
