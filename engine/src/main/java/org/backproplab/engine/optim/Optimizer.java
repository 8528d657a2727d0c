package org.backproplab.engine.optim;

import java.util.List;
import java.util.stream.Collectors;
import org.backproplab.engine.network.Network;

/**
 * Turns gradients into a parameter update, after {@code Network.backward}. Back-propagation computes the
 * gradient; this is the "another algorithm, such as stochastic gradient descent" that does the learning.
 *
 * <p>The learning rate is the slides' eta ({@code w+ = w - eta * dE/dw}, first seed) and the second seed's alpha
 * ({@code W := W - alpha * J'(W)}): the formulas in this package write alpha, the code calls it a rate
 * ({@link #weightRate}, {@link #biasRate}, {@link #rate}).
 *
 * <p>Adding an optimizer: one record implementing this interface, named in {@code permits} and in {@link #all}.
 */
// Serializable: a run's spec travels as it is to the executors of a cluster (the cluster module).
public sealed interface Optimizer extends java.io.Serializable
        permits Sgd, Momentum, Nesterov, Adam, RmsProp {

    /** The short lower-case name experiment files and records use: sgd, momentum, nesterov, adam or rmsprop. */
    String name();

    /** The weights' learning rate, alpha (the slides' eta). PReLU's learned slopes train at it too. */
    double weightRate();

    /** The biases' learning rate; 0 holds them fixed, as the first seed's worked example does. */
    double biasRate();

    /**
     * The learning rate a run records beside {@link #name}: the weights' ({@link #weightRate}). Every optimizer
     * {@link #named} makes has the same rate for the biases.
     */
    default double rate() {
        return weightRate();
    }

    /** A short description for reports and provenance, e.g. {@code sgd(weights 0.5, biases 0)}. */
    String description();

    /**
     * An updater for {@code network}, holding this optimizer's state for it (none for SGD), all allocated here.
     * Each parameter group (weights, biases) has its own learning rate; a rate of 0 holds the group fixed.
     */
    Updater updaterFor(Network network);

    /**
     * Every optimizer at learning rate {@code rate} for weights and biases alike, with its usual constants, in the
     * order experiments list them: SGD, momentum and Nesterov with mu {@value Momentum#MU}, Adam (beta1 0.9, beta2
     * 0.999, eps 1e-8) and RMSProp (decay 0.95, eps 1e-8).
     */
    static List<Optimizer> all(double rate) {
        return List.of(Sgd.withRate(rate), Momentum.withRate(rate, Momentum.MU), Nesterov.withRate(rate, Nesterov.MU),
                Adam.withRate(rate), RmsProp.withRate(rate));
    }

    /** The optimizer called {@code name} at {@code rate} (as {@link #all}), or an exception naming the valid ones. */
    static Optimizer named(String name, double rate) {
        List<Optimizer> all = all(rate);
        for (Optimizer o : all) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; expected one of: "
                + all.stream().map(Optimizer::name).collect(Collectors.joining(", ")));
    }
}
