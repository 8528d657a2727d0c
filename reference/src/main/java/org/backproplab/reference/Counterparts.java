package org.backproplab.reference;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.ELU;
import org.backproplab.engine.activation.GELU;
import org.backproplab.engine.activation.GELUTanh;
import org.backproplab.engine.activation.HardSigmoid;
import org.backproplab.engine.activation.HardTanh;
import org.backproplab.engine.activation.Identity;
import org.backproplab.engine.activation.LeakyReLU;
import org.backproplab.engine.activation.Mish;
import org.backproplab.engine.activation.PReLU;
import org.backproplab.engine.activation.RReLU;
import org.backproplab.engine.activation.ReLU;
import org.backproplab.engine.activation.ReLU6;
import org.backproplab.engine.activation.SELU;
import org.backproplab.engine.activation.Sigmoid;
import org.backproplab.engine.activation.Softmax;
import org.backproplab.engine.activation.Softplus;
import org.backproplab.engine.activation.Softsign;
import org.backproplab.engine.activation.Swish;
import org.backproplab.engine.activation.Tanh;
import org.backproplab.engine.loss.BinaryCrossEntropy;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.loss.MeanSquaredError;
import org.backproplab.engine.loss.NegativeLogLikelihood;
import org.backproplab.engine.loss.SoftmaxCrossEntropy;
import org.backproplab.engine.loss.SumOfSquares;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Momentum;
import org.backproplab.engine.optim.Nesterov;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.RmsProp;
import org.backproplab.engine.optim.Sgd;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationHardSigmoid;
import org.nd4j.linalg.activations.impl.ActivationHardTanH;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationMish;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Which DL4J type computes the same thing as each engine type, keyed by the engine type's class, and beside every
 * engine type DL4J does not mirror, the reason. An engine type in neither table is a forgotten edit, and
 * CounterpartsTest fails on it. {@link Dl4jReference}'s public methods read these tables.
 */
final class Counterparts {
    private Counterparts() {
    }

    /** DL4J's activation function for each engine activation it has, with the same parameters. */
    static final Map<Class<? extends Activation>, Function<Activation, IActivation>> ACTIVATIONS = Map.ofEntries(
            function(Identity.class, a -> new ActivationIdentity()),
            function(Sigmoid.class, a -> new ActivationSigmoid()),
            function(Tanh.class, a -> new ActivationTanH()),
            function(ReLU.class, a -> new ActivationReLU()),
            function(LeakyReLU.class, a -> new ActivationLReLU(a.slope())),
            function(ELU.class, a -> new ActivationELU(a.alpha())),
            function(SELU.class, a -> new ActivationSELU()),
            function(Swish.class, a -> new ActivationSwish()),
            function(Mish.class, a -> new ActivationMish()),
            function(Softplus.class, a -> new ActivationSoftPlus()),
            function(Softsign.class, a -> new ActivationSoftSign()),
            function(HardTanh.class, a -> new ActivationHardTanH()),
            // DL4J's hard sigmoid has a fixed slope, 0.2 (applied as the float 0.2f): any other slope has none here.
            function(HardSigmoid.class, a -> a.slope() == (double) 0.2f || a.slope() == 0.2
                    ? new ActivationHardSigmoid() : null),
            function(ReLU6.class, a -> new ActivationReLU6()),
            function(Softmax.class, a -> new ActivationSoftmax()));

    private static final String GELU_APPROXIMATES = "DL4J's GELU is x sigmoid(1.702 x), or in 'precise' mode the "
            + "tanh form with its cubic coefficient cubed (0.044715^3)";

    /** The engine activations DL4J has no activation function for, each with the reason. */
    static final Map<Class<? extends Activation>, String> NO_ACTIVATION = Map.of(
            GELU.class, GELU_APPROXIMATES,
            GELUTanh.class, GELU_APPROXIMATES, // see Dl4jGradientTest.dl4jsPreciseGeluCubesItsCubicCoefficient
            RReLU.class, "its training slopes are random, and DL4J's draws cannot be made ours",
            // Mirrored all the same, by a layer rather than a function: Dl4jReference.supports says so.
            PReLU.class, "DL4J learns PReLU's slopes in a layer of their own (an identity dense layer, then a "
                    + "PReLULayer), not in an activation function");

    /**
     * The parameters an activation is compared with DL4J at, where its own would show DL4J's single precision
     * rather than a difference of formula (see {@link Dl4jReference#comparable}).
     */
    static final Map<Class<? extends Activation>, Activation> COMPARED_AT = Map.of(
            // DL4J's backward pass applies the leaky slope as a float (0.01 becomes 0.0099999998); 1/16 is exact.
            LeakyReLU.class, new LeakyReLU(1.0 / 16),
            // DL4J's slope is the float 0.2f; ours takes that value as its parameter.
            HardSigmoid.class, new HardSigmoid((double) 0.2f));

    /**
     * DL4J's loss function for an engine loss; whether DL4J's output layer must apply the softmax that the engine's
     * loss applies itself; and DL4J's per-sample loss over the engine's, which scales its score and gradient.
     */
    record LossCounterpart(LossFunction function, boolean softmaxInOutputLayer, double scale) {
    }

    /** DL4J's counterpart of each engine loss. */
    static final Map<Class<? extends Loss>, LossCounterpart> LOSSES = Map.of(
            // Ours takes raw scores (identity output) and applies the softmax; DL4J's MCXENT wants it in the layer.
            SoftmaxCrossEntropy.class, new LossCounterpart(LossFunction.MCXENT, true, 1.0),
            NegativeLogLikelihood.class, new LossCounterpart(LossFunction.NEGATIVELOGLIKELIHOOD, false, 1.0),
            // DL4J's MSE is ours: per sample the mean over the outputs of the squared error, no 1/2.
            MeanSquaredError.class, new LossCounterpart(LossFunction.MSE, false, 1.0),
            // DL4J's L2 is the slides' sum of squares without the 1/2 (its SQUARED_LOSS is a mean over outputs).
            SumOfSquares.class, new LossCounterpart(LossFunction.L2, false, 2.0),
            BinaryCrossEntropy.class, new LossCounterpart(LossFunction.XENT, false, 1.0));

    /** The engine losses DL4J has no counterpart for, each with the reason: none so far. */
    static final Map<Class<? extends Loss>, String> NO_LOSS = Map.of();

    /**
     * DL4J's updater making the same update as each engine optimizer it has, at the weights' rate and with the same
     * constants (Dl4jOptimizerTest trains each pair 40 steps and compares every parameter).
     */
    static final Map<Class<? extends Optimizer>, Function<Optimizer, IUpdater>> OPTIMIZERS = Map.of(
            Sgd.class, updater(Sgd.class, o -> new org.nd4j.linalg.learning.config.Sgd(o.weightRate())),
            // Ours is Bengio et al.'s form of Nesterov's method, which is what DL4J's Nesterovs computes.
            Nesterov.class, updater(Nesterov.class, o -> new Nesterovs(o.weightRate(), o.mu())),
            Adam.class, updater(Adam.class, o -> new org.nd4j.linalg.learning.config.Adam(o.weightRate(),
                    o.beta1(), o.beta2(), o.epsilon())),
            // Ours starts its running mean at eps, as DL4J's does (RmsProp says why).
            RmsProp.class, updater(RmsProp.class, o -> new org.nd4j.linalg.learning.config.RmsProp(o.weightRate(),
                    o.decay(), o.epsilon())));

    /** The engine optimizers DL4J has no updater for, each with the reason. */
    static final Map<Class<? extends Optimizer>, String> NO_OPTIMIZER = Map.of(
            Momentum.class, "DL4J has no classical momentum (W := W + v): its Nesterovs is Nesterov's update, "
                    + "W := W - mu v + (1 + mu) v', a different step from the same velocity");

    /** DL4J's function for {@code a}, or empty; an exception for an activation in neither table. */
    static Optional<IActivation> activation(Activation a) {
        Function<Activation, IActivation> make = ACTIVATIONS.get(a.getClass());
        if (make == null && !NO_ACTIVATION.containsKey(a.getClass())) {
            throw new IllegalArgumentException("activation " + a.name() + " is not mapped to DL4J yet");
        }
        return make == null ? Optional.empty() : Optional.ofNullable(make.apply(a));
    }

    /** Why DL4J has no function for {@code a}, or null if no reason is recorded. */
    static String whyNoActivation(Activation a) {
        return NO_ACTIVATION.get(a.getClass());
    }

    /** DL4J's counterpart of {@code loss}, or an exception for a loss none is wired for. */
    static LossCounterpart loss(Loss loss) {
        LossCounterpart c = LOSSES.get(loss.getClass());
        if (c == null) {
            throw new IllegalArgumentException("no DL4J counterpart wired for loss " + loss.name()
                    + (NO_LOSS.containsKey(loss.getClass()) ? ": " + NO_LOSS.get(loss.getClass()) : ""));
        }
        return c;
    }

    /** DL4J's updater for {@code o}'s update rule (ignoring its bias rate), or empty; an exception if unmapped. */
    static Optional<IUpdater> optimizer(Optimizer o) {
        Function<Optimizer, IUpdater> make = OPTIMIZERS.get(o.getClass());
        if (make == null && !NO_OPTIMIZER.containsKey(o.getClass())) {
            throw new IllegalArgumentException("optimizer " + o.name() + " is not mapped to DL4J yet");
        }
        return make == null ? Optional.empty() : Optional.of(make.apply(o));
    }

    /** Why DL4J has no updater for {@code o}'s class, or null if it has one. */
    static String whyNoOptimizer(Optimizer o) {
        return NO_OPTIMIZER.get(o.getClass());
    }

    private static <A extends Activation> Map.Entry<Class<? extends Activation>, Function<Activation, IActivation>>
            function(Class<A> type, Function<A, IActivation> make) {
        return Map.entry(type, a -> make.apply(type.cast(a)));
    }

    private static <O extends Optimizer> Function<Optimizer, IUpdater> updater(Class<O> type,
            Function<O, IUpdater> make) {
        return o -> make.apply(type.cast(o));
    }
}
