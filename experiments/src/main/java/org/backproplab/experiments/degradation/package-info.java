/**
 * {@code -Dexp=degradation}: what lets very deep networks train. He et al. (2016)'s degradation problem (a deeper
 * plain network reaches a higher training error than a shallower one) and its remedy, residual connections; Ioffe
 * and Szegedy (2015)'s batch normalization, which lets deep and even sigmoid networks train; each under a recipe
 * close to the paper's, then the project's grid of plain, residual, batch-normalized and both, at depths 10 to 50.
 */
package org.backproplab.experiments.degradation;
