/**
 * {@code -Dexp=gradient-check}: every gradient of the engine against DL4J and finite differences.
 */
package org.backproplab.experiments.gradientcheck;

