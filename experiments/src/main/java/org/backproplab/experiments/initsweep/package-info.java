/**
 * {@code -Dexp=init-sweep}: which initialization lets which activation train deep.
 */
package org.backproplab.experiments.initsweep;

