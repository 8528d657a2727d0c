/**
 * {@code -Dexp=dl4j-parity}: the engine and DL4J trained side by side from the same weights.
 */
package org.backproplab.experiments.dl4jparity;

