/** {@code depth-sweep}, the main job: sigmoid, tanh and ReLU networks of growing depth, and what they learn. */
package org.backproplab.experiments.depthsweep;

