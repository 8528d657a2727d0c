package org.backproplab.engine.activation;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.backproplab.engine.matrix.Matrix;

/**
 * The function f a layer applies to each unit's total net input: {@code out = f(net)} (the slides' "squash").
 *
 * <p>Back-propagation needs f' at every unit (the {@code d out / d net} factor of the chain rule, eq. 6.44), and
 * for several functions f' is cheapest in terms of the output already computed on the way forward (sigmoid:
 * {@code out (1 - out)}; tanh: {@code 1 - out^2}), so {@link #derivative} is given both.
 *
 * <p>Adding an activation: one record implementing this interface (its {@link #family()} too), named in
 * {@code permits} and in {@link #all()}.
 */
// Serializable: a run's spec travels as it is to the executors of a cluster (the cluster module).
public sealed interface Activation extends java.io.Serializable
        permits Identity, Sigmoid, Tanh, ReLU, LeakyReLU, ELU, SELU, GELU, GELUTanh,
        Swish, Mish, Softplus, Softsign, HardTanh, HardSigmoid, ReLU6, PReLU, RReLU, Softmax {

    /** The short lower-case name used in experiment files, CSV columns and figure legends. */
    String name();

    /**
     * Which family f belongs to (rectifier, self-normalizing, or squashing or smooth): what the initialization
     * designed for it depends on. No default, so that a new activation has to say.
     */
    Family family();

    /** {@code f(net)}. */
    double apply(double net);

    /** {@code f'(net)}, given {@code out = f(net)} as well. */
    double derivative(double net, double out);

    /**
     * Which smooth piece of f the value {@code net} falls on: 0 for a function smooth everywhere, and for a
     * piecewise one (ReLU and its kin) a number that changes exactly where f' or f'' jumps (ELU, softsign). A
     * finite-difference check uses it to notice when a step crosses a kink, where a difference quotient is no
     * derivative (or, across a jump of f'', not the accurate one the five-point stencil gives elsewhere).
     */
    default int piece(double net) {
        return 0;
    }

    /**
     * Whether a unit is saturated: on a flat part of f, where it passes almost no gradient back. By default
     * {@code |f'(net)| < 0.01}; the sigmoid and tanh say it by their output (within 0.03 of a limit: the common
     * {@code |tanh| > 0.97} count), ReLU by a net input at or below 0 (a unit silent for this sample, counted as
     * silent, not as saturated, in every report).
     */
    default boolean saturated(double net, double out) {
        return Math.abs(derivative(net, out)) < 0.01;
    }

    /**
     * What {@link #saturated} means for this function, in the words a figure's title uses; whoever overrides one
     * overrides the other.
     */
    default String saturationDefinition() {
        return "|f'(net)| < 0.01";
    }

    /**
     * How many parameters of its own f has in a layer of {@code units} units: 0 for every fixed function; PReLU
     * learns its slopes (one per unit, or one for the layer). They live in the layer beside its weights and biases
     * and are trained with them.
     */
    default int parameterCount(int units) {
        return 0;
    }

    /** Sets a new layer's activation parameters (called only when {@link #parameterCount} is positive). */
    default void initializeParameters(Matrix parameters) {
    }

    /**
     * The forward step of a training pass: the same as {@link #forward(Matrix, Matrix, Matrix)} for every
     * deterministic function; a stochastic one (RReLU) draws its noise from {@code random} here, and is
     * deterministic, at its mean, outside training.
     */
    default void forwardTraining(Matrix net, Matrix out, Matrix parameters, RandomGenerator random) {
        forward(net, out, parameters);
    }

    /** {@code out = f(net)} with the layer's own activation parameters (null for a function that has none). */
    default void forward(Matrix net, Matrix out, Matrix parameters) {
        forward(net, out);
    }

    /**
     * The backward step with the layer's own parameters: {@code delta} as {@link #backward(Matrix, Matrix,
     * Matrix, Matrix)}, and {@code dJ/dparameter} written into {@code parameterGradient} (both null for a
     * function without parameters).
     */
    default void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta, Matrix parameters,
            Matrix parameterGradient) {
        backward(net, out, dOut, delta);
    }

    /** {@code out = f(net)} element by element. */
    default void forward(Matrix net, Matrix out) {
        Elementwise.requireSameShape("forward", net, out);
        double[] n = net.data();
        double[] o = out.data();
        for (int i = 0; i < n.length; i++) {
            o[i] = apply(n[i]);
        }
    }

    /**
     * {@code delta = dJ/dout * f'(net)} element by element: the chain rule's step through the activation.
     * {@code dOut} and {@code delta} may be the same matrix.
     */
    default void backward(Matrix net, Matrix out, Matrix dOut, Matrix delta) {
        Elementwise.requireSameShape("backward", net, out, dOut, delta);
        double[] n = net.data();
        double[] o = out.data();
        double[] g = dOut.data();
        double[] d = delta.data();
        for (int i = 0; i < n.length; i++) {
            d[i] = g[i] * derivative(n[i], o[i]);
        }
    }

    static Activation identity() {
        return new Identity();
    }

    static Activation sigmoid() {
        return new Sigmoid();
    }

    static Activation tanh() {
        return new Tanh();
    }

    static Activation relu() {
        return new ReLU();
    }

    static Activation leakyRelu(double slope) {
        return new LeakyReLU(slope);
    }

    static Activation elu(double alpha) {
        return new ELU(alpha);
    }

    /** The softmax, for output layers (see {@link Softmax}); not in {@link #all()}, which lists unit-wise functions. */
    static Activation softmax() {
        return new Softmax();
    }

    /**
     * Every unit-wise activation the engine has, with default parameters, in the order experiments list them:
     * all but the softmax, which acts on a whole row.
     */
    static List<Activation> all() {
        return List.of(identity(), sigmoid(), tanh(), relu(), new LeakyReLU(LeakyReLU.DEFAULT_SLOPE),
                new ELU(ELU.DEFAULT_ALPHA), new SELU(), new GELU(), new GELUTanh(), new Swish(), new Mish(),
                new Softplus(), new Softsign(), new HardTanh(), new HardSigmoid(HardSigmoid.DEFAULT_SLOPE), new ReLU6(),
                new PReLU(true, PReLU.DEFAULT_SLOPE), new PReLU(false, PReLU.DEFAULT_SLOPE),
                new RReLU(RReLU.LOWER, RReLU.UPPER));
    }

    /** The activation called {@code name}, or an exception naming the bad value and the valid ones. */
    static Activation named(String name) {
        if (name.equals("softmax")) {
            return softmax();
        }
        for (Activation a : all()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; expected one of: "
                + all().stream().map(Activation::name).collect(Collectors.joining(", ")));
    }
}
