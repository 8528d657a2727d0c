/**
 * {@code -Dexp=activation-families}: sigmoid, tanh and ReLU in one deep network, followed through training.
 */
package org.backproplab.experiments.activationfamilies;

