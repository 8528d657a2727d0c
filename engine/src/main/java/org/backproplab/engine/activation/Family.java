package org.backproplab.engine.activation;

/**
 * The family an activation belongs to by its shape around and below zero, which is what the choice of starting
 * weights depends on: an initialization keeps the variance of the signal (forward) and of the deltas (backward)
 * from layer to layer only for the kind of function it was derived for ({@code Initializer.matchedTo}).
 * Each activation says its own in {@link Activation#family()}, with the reason beside it.
 */
public enum Family {
    /**
     * Exactly {@code net} above zero (ReLU6 up to its cap of 6) and, below, zero, a slope (fixed, learned or random)
     * or a curve bounded below (ELU's): ReLU, leaky ReLU, PReLU (per unit and shared), RReLU, ELU, ReLU6. For a
     * zero-mean input a rectifier passes about half the signal, so He et al. (2015) doubled Glorot's variance to
     * {@code 2 / nIn} to make up for the half it zeroes.
     */
    RECTIFIER,

    /**
     * SELU (Klambauer et al., 2017): its two constants were solved for activations of mean 0 and variance 1 under
     * LeCun normal weights ({@code 1 / nIn}), and keep that fixed point only with them.
     */
    SELF_NORMALIZING,

    /**
     * Every other function: the squashing ones (the sigmoid, tanh, softsign, their hard forms, the softmax),
     * identity, and the smooth curves that only approach a rectifier (softplus, GELU, Swish, Mish), whose slope at 0
     * is 1/2 rather than a step from 0 to 1. Glorot and Bengio (2010) derived their initialization for units that
     * are close to linear around 0, which is where a well-started unit of these works; it is the engine's default.
     */
    SQUASHING_OR_SMOOTH
}
