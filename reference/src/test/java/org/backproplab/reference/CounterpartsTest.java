package org.backproplab.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.ELU;
import org.backproplab.engine.activation.HardSigmoid;
import org.backproplab.engine.activation.LeakyReLU;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Momentum;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.engine.optim.Updater;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

/**
 * Which DL4J type stands for each engine type, and why the rest have none. The first tests pin what the public
 * methods answered when they were switches on names; the last ones fail when a new engine type is neither mapped
 * nor excluded with a reason.
 */
class CounterpartsTest {
    private static final String GELU_WHY = ": DL4J's GELU is x sigmoid(1.702 x), or in 'precise' mode the tanh form "
            + "with its cubic coefficient cubed (0.044715^3)";

    private static Stream<Activation> everyActivation() {
        return Stream.concat(Activation.all().stream(), Stream.of(Activation.softmax()));
    }

    @Test
    void eachActivationHasTheDl4jFunctionItHadByName() {
        Map<String, String> expected = new LinkedHashMap<>();
        everyActivation().forEach(a -> expected.put(a.name(), null));
        expected.putAll(Map.ofEntries(Map.entry("identity", "ActivationIdentity"),
                Map.entry("sigmoid", "ActivationSigmoid"), Map.entry("tanh", "ActivationTanH"),
                Map.entry("relu", "ActivationReLU"), Map.entry("leaky-relu", "ActivationLReLU"),
                Map.entry("elu", "ActivationELU"), Map.entry("selu", "ActivationSELU"),
                Map.entry("swish", "ActivationSwish"), Map.entry("mish", "ActivationMish"),
                Map.entry("softplus", "ActivationSoftPlus"), Map.entry("softsign", "ActivationSoftSign"),
                Map.entry("hard-tanh", "ActivationHardTanH"), Map.entry("hard-sigmoid", "ActivationHardSigmoid"),
                Map.entry("relu6", "ActivationReLU6"), Map.entry("softmax", "ActivationSoftmax")));
        everyActivation().forEach(a -> assertEquals(expected.get(a.name()),
                Dl4jReference.counterpart(a).map(f -> f.getClass().getSimpleName()).orElse(null), a.name()));
    }

    @Test
    void parametersReachDl4jAndAHardSigmoidDl4jCannotSlopeHasNone() {
        assertEquals(-0.2, Dl4jReference.apply(Dl4jReference.activation(new LeakyReLU(0.2)), -1.0), 1e-7);
        assertEquals(2.0 * Math.expm1(-1.0), Dl4jReference.apply(Dl4jReference.activation(new ELU(2.0)), -1.0),
                1e-12);
        assertTrue(Dl4jReference.counterpart(new HardSigmoid(0.2)).isPresent());
        assertTrue(Dl4jReference.counterpart(new HardSigmoid((double) 0.2f)).isPresent());
        assertTrue(Dl4jReference.counterpart(new HardSigmoid(0.3)).isEmpty());
    }

    @Test
    void theReasonsForNoCounterpartAreTheOnesReportsPrint() {
        everyActivation().forEach(a -> {
            String expected = switch (a.name()) {
                case "gelu", "gelu-tanh" -> a.name() + GELU_WHY;
                case "rrelu" -> "rrelu: its training slopes are random, and DL4J's draws cannot be made ours";
                default -> "";
            };
            assertEquals(expected, Dl4jReference.whyNoCounterpart(a), a.name());
        });
        assertEquals("hard-sigmoid: not mapped", Dl4jReference.whyNoCounterpart(new HardSigmoid(0.3)));
    }

    @Test
    void onlyTheLeakySlopeAndTheHardSigmoidsAreComparedAtOtherParameters() {
        everyActivation().forEach(a -> {
            Activation expected = switch (a.name()) {
                case "leaky-relu" -> new LeakyReLU(1.0 / 16);
                case "hard-sigmoid" -> new HardSigmoid((double) 0.2f);
                default -> a;
            };
            assertEquals(expected, Dl4jReference.asCompared(a), a.name());
        });
        Activation elu = new ELU(2.0);
        assertSame(elu, Dl4jReference.asCompared(elu));
        assertEquals(new LeakyReLU(1.0 / 16), Dl4jReference.asCompared(new LeakyReLU(0.3)));
        assertEquals(List.of("identity", "sigmoid", "tanh", "relu", "leaky-relu", "elu", "selu", "swish", "mish",
                "softplus", "softsign", "hard-tanh", "hard-sigmoid", "relu6", "prelu", "prelu-shared"),
                Dl4jReference.comparable().stream().map(Activation::name).toList());
    }

    @Test
    void onlyTheSumOfSquaresIsScaledForDl4j() {
        for (Loss loss : Loss.all()) {
            assertEquals(loss.name().equals("sum-of-squares") ? 2.0 : 1.0, Dl4jReference.lossScale(loss), 0.0,
                    loss.name());
        }
    }

    @Test
    void everyPermittedEngineTypeIsMappedOrExcludedWithAReason() {
        assertCovered(Activation.class, Counterparts.ACTIVATIONS, Counterparts.NO_ACTIVATION);
        assertCovered(Loss.class, Counterparts.LOSSES, Counterparts.NO_LOSS);
        assertCovered(Optimizer.class, Counterparts.OPTIMIZERS, Counterparts.NO_OPTIMIZER);
    }

    private static void assertCovered(Class<?> sealed, Map<? extends Class<?>, ?> mapped,
            Map<? extends Class<?>, String> excluded) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : sealed.getPermittedSubclasses()) {
            boolean isMapped = mapped.containsKey(type);
            String why = excluded.get(type);
            if (isMapped && why != null) {
                problems.add(type.getSimpleName() + " is both mapped and excluded");
            } else if (!isMapped && (why == null || why.isBlank())) {
                problems.add(type.getSimpleName() + (why == null ? " is neither mapped nor excluded"
                        : " is excluded without a reason"));
            }
        }
        assertEquals(List.of(), problems, sealed.getSimpleName());
        assertEquals(Set.of(sealed.getPermittedSubclasses()), Stream.concat(mapped.keySet().stream(),
                excluded.keySet().stream()).collect(Collectors.toSet()), sealed.getSimpleName() + ": a stale entry");
    }

    @Test
    void theOptimizersWithTheSameUpdateHaveADl4jUpdaterWithTheSameConstants() {
        Map<String, IUpdater> expected = Map.of(
                "sgd", new org.nd4j.linalg.learning.config.Sgd(0.05),
                "nesterov", new Nesterovs(0.05, 0.9),
                "adam", new org.nd4j.linalg.learning.config.Adam(0.05, 0.9, 0.999, 1e-8),
                "rmsprop", new org.nd4j.linalg.learning.config.RmsProp(0.05, 0.95, 1e-8));
        for (Optimizer o : Optimizer.all(0.05)) {
            assertEquals(Optional.ofNullable(expected.get(o.name())), Dl4jReference.updater(o), o.name());
            assertEquals(expected.containsKey(o.name()), Dl4jReference.whyNoUpdater(o).isEmpty(), o.name());
        }
        assertTrue(Dl4jReference.whyNoUpdater(Momentum.withRate(0.1, 0.9)).startsWith("momentum: DL4J has no "
                + "classical momentum"));
    }

    @Test
    void anOptimizerWhoseBiasesLearnAtAnotherRateHasNoUpdaterAndSaysWhy() {
        Optimizer held = Sgd.withRate(0.5).holdingBiases();
        assertEquals(Optional.empty(), Dl4jReference.updater(held));
        assertEquals("sgd: its biases learn at 0.0 and its weights at 0.5, and a Dl4jReference gives DL4J one "
                + "updater for both", Dl4jReference.whyNoUpdater(held));
    }

    /** Mapped means the same update: each pair trained side by side ends with the same weights. */
    @Test
    void eachMappedUpdaterTrainsAsItsEngineOptimizer() {
        for (Optimizer o : Optimizer.all(0.02)) {
            Optional<IUpdater> dl4jUpdater = Dl4jReference.updater(o);
            if (dl4jUpdater.isEmpty()) {
                continue;
            }
            Network network = Network.create(NetworkSpec.mlp(3, 1, 4, Activation.tanh(), 2, Activation.identity()),
                    Initializer.xavier(), 5);
            SplittableRandom r = new SplittableRandom(6);
            Matrix x = new Matrix(4, 3);
            for (int i = 0; i < x.data().length; i++) {
                x.data()[i] = r.nextDouble(-1, 1);
            }
            Matrix y = new Matrix(4, 2);
            Loss.meanSquaredError().fillRandomTargets(y, r);
            Dl4jReference dl4j = new Dl4jReference(network, Loss.meanSquaredError(), dl4jUpdater.get());
            Updater updater = o.updaterFor(network);
            Workspace ws = network.workspace(4);
            for (int step = 0; step < 10; step++) {
                network.forward(x, ws);
                network.backward(y, Loss.meanSquaredError(), ws);
                updater.step(ws.gradients());
                dl4j.fit(x, y);
            }
            for (int l = 0; l < network.layers().size(); l++) {
                assertArrayEquals(network.layer(l).weights().data(), dl4j.weights(l).data(), 1e-12,
                        o.name() + " layer " + l);
                assertArrayEquals(network.layer(l).biases().data(), dl4j.biases(l).data(), 1e-12,
                        o.name() + " layer " + l);
            }
        }
    }
}
