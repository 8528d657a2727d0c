/**
 * {@code backprop-trace}: the seeds' two worked examples (the 2-2-2 sigmoid network and the 2-3-1 XOR network)
 * run on the engine step by step, every figure the seeds print checked against its own formula.
 */
package org.backproplab.experiments.backproptrace;

