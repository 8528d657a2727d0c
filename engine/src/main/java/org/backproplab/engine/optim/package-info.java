/**
 * Optimizers: what turns a gradient into a weight update. Plain SGD, {@code W := W - alpha * dJ/dW}, is the slides'
 * {@code w+ = w - eta * dE/dw}: their eta is the alpha of the formulas here and the {@code weightRate} and
 * {@code biasRate} of the code (one rate for weights and one for biases, so that biases can be held fixed as the
 * first seed's worked example does). Momentum, Nesterov, Adam and RMSProp take the same gradients with a memory of
 * earlier steps; {@link org.backproplab.engine.optim.Optimizer#named} builds one from a name and a rate. How the
 * gradient they are given is computed: {@link org.backproplab.engine.network}.
 */
package org.backproplab.engine.optim;
