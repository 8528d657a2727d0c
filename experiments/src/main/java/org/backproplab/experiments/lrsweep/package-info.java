/**
 * {@code -Dexp=lr-sweep}: final loss against the learning rate.
 */
package org.backproplab.experiments.lrsweep;

