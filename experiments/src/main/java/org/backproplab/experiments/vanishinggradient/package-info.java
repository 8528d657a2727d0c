/**
 * {@code -Dexp=vanishing-gradient}: Nielsen's layer-by-layer measurement of the vanishing gradient.
 */
package org.backproplab.experiments.vanishinggradient;

