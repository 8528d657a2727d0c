/**
 * {@code -Dexp=xor}: the XOR seed's network trained to completion.
 */
package org.backproplab.experiments.xor;

