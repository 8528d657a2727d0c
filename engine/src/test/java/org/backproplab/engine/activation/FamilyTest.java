package org.backproplab.engine.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each activation says about itself beyond its formula: its family, and what "saturated" means for it. */
class FamilyTest {
    /** Every activation the engine has: the unit-wise list and the softmax. */
    static Stream<Activation> everyActivation() {
        return Stream.concat(Activation.all().stream(), Stream.of(Activation.softmax()));
    }

    @Test
    void everyPermittedActivationIsListedInAllOrIsTheSoftmax() {
        Set<Class<?>> listed = new HashSet<>();
        for (Activation a : Activation.all()) {
            listed.add(a.getClass());
        }
        List<String> forgotten = new ArrayList<>();
        for (Class<?> type : Activation.class.getPermittedSubclasses()) {
            // The softmax is left out of all() on purpose: it normalizes a whole row, so it has no unit-wise f.
            if (type != Softmax.class && !listed.contains(type)) {
                forgotten.add(type.getSimpleName());
            }
        }
        assertEquals(List.of(), forgotten, "permitted but missing from Activation.all()");
        assertTrue(!listed.contains(Softmax.class), "the softmax is not unit-wise and stays out of all()");
    }

    @Test
    void theFamiliesAreTheRectifiersSeluAndTheRest() {
        Map<String, Family> expected = new java.util.HashMap<>();
        for (String r : List.of("relu", "leaky-relu", "prelu", "prelu-shared", "rrelu", "elu", "relu6")) {
            expected.put(r, Family.RECTIFIER);
        }
        expected.put("selu", Family.SELF_NORMALIZING);
        everyActivation().forEach(a -> assertEquals(expected.getOrDefault(a.name(), Family.SQUASHING_OR_SMOOTH),
                a.family(), a.name()));
    }

    /** The words experiments' figure titles have always used (run/Saturation), now said by each type. */
    @Test
    void theSaturationDefinitionsAreTheWordsFiguresUse() {
        for (Activation a : Activation.all()) {
            String expected = switch (a.name()) {
                case "sigmoid", "tanh" -> "output within 0.03 of a limit";
                case "relu" -> "net <= 0";
                default -> "|f'(net)| < 0.01";
            };
            assertEquals(expected, a.saturationDefinition(), a.name());
        }
        // The softmax judges by its output too (a probability within 0.01 of 0 or 1); it has no unit-wise f'.
        assertEquals("output within 0.01 of a limit", Activation.softmax().saturationDefinition());
    }

    /** A definition that says one thing while {@code saturated} tests another would mislabel every figure. */
    @ParameterizedTest
    @MethodSource("org.backproplab.engine.activation.ActivationTest#activations")
    void eachSaturationDefinitionSaysWhatSaturatedTests(Activation a) {
        double low = a.apply(-1e4);
        double high = a.apply(1e4);
        for (double net = -12.0; net <= 12.0; net += 0.01) {
            double out = a.apply(net);
            boolean expected = switch (a.saturationDefinition()) {
                case "output within 0.01 of a limit" -> Math.abs(out - low) < 0.01 || Math.abs(out - high) < 0.01;
                case "output within 0.03 of a limit" -> Math.abs(out - low) < 0.03 || Math.abs(out - high) < 0.03;
                case "net <= 0" -> net <= 0.0;
                default -> Math.abs(a.derivative(net, out)) < 0.01;
            };
            assertEquals(expected, a.saturated(net, out), a.name() + " at net " + net);
        }
    }
}
