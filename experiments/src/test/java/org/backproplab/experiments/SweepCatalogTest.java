package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.PaperAndGrid;
import org.backproplab.experiments.study.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The declared sweeps ask for the grids the exercise needs, and every axis of every one can be overridden. */
class SweepCatalogTest {
    /** The experiment's sweep: itself, or the grid of a study that checks a paper first. */
    private static Sweep sweep(String name) {
        Experiment e = Experiments.named(name).orElseThrow();
        return e instanceof PaperAndGrid p ? p.grid() : (Sweep) e;
    }

    private static Grid grid(String name, String... nameValue) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put(nameValue[i], nameValue[i + 1]);
        }
        return sweep(name).grid(new Settings(values));
    }

    static Stream<String> sweeps() {
        return Experiments.all().stream().filter(e -> e instanceof Sweep || e instanceof PaperAndGrid)
                .map(Experiment::name);
    }

    @Test
    void theDefaultGridsAreTheOnesTheExerciseAsksFor() {
        Grid depth = grid("depth-sweep");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), depth.depths());
        assertEquals(90, depth.runs().size());
        assertEquals("digits", depth.dataset().name());
        assertEquals(40, depth.epochs());
        assertEquals(200, grid("depth-sweep", "dataset", "moons").epochs(), "2-D sets need more epochs");

        Grid lr = grid("lr-sweep");
        assertEquals(11, lr.learningRates().size());
        assertEquals(1e-4, lr.learningRates().get(0));
        assertEquals(10.0, lr.learningRates().get(10));
        assertEquals(3 * 11 * 3, lr.runs().size());

        Grid init = grid("init-sweep");
        assertEquals(List.of("sigmoid", "tanh", "relu", "selu"), init.activations().stream().map(a -> a.name())
                .toList());
        assertEquals(List.of("uniform", "xavier", "he", "lecun-normal"), init.inits());
        assertEquals(List.of(5, 10, 15, 20), init.depths());

        Grid family = grid("relu-family");
        assertEquals(List.of("relu", "leaky-relu", "prelu", "rrelu", "elu", "selu", "gelu", "swish", "mish",
                "softplus"), family.activations().stream().map(a -> a.name()).toList());
        assertEquals(5, family.seeds());
        assertTrue(family.runs().stream().allMatch(r -> r.learningRate() == 0.05), "one rate for the family");
        assertThrows(UserInputException.class, () -> grid("relu-family", "seeds", "1"), "a paired test needs 2");

        Grid families = grid("activation-families");
        assertEquals(List.of(8), families.depths());
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void everyAxisOfEverySweepCanBeOverridden(String name) {
        Grid g = grid(name, "seeds", "2", "epochs", "7", "dataset", "moons", "activations", "elu", "depths", "4",
                "width", "9", "lr", "0.02", "batch", "5", "init", "he-uniform", "optimizer", "nesterov", "norm", "batch",
                "residual", "2");
        assertEquals("moons", g.dataset().name());
        assertEquals(2, g.runs().size());
        for (RunSpec r : g.runs()) {
            assertEquals("elu", r.hidden().name());
            assertEquals(4, r.depth());
            assertEquals(9, r.width());
            assertEquals(0.02, r.learningRate());
            assertEquals(5, r.batchSize());
            assertEquals("he-uniform", r.initializer().name());
            assertEquals("nesterov", r.optimizer().name());
            assertEquals("batch", r.norm().name());
            assertEquals(2, r.residual());
            assertEquals(7, r.epochs());
        }
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void everySweepHasAQuickVersionOfAFewRuns(String name) {
        Map<String, String> quick = sweep(name).quickSettings();
        Grid g = sweep(name).grid(new Settings(Map.of()).withDefaults(quick));
        assertTrue(g.runs().size() * g.epochs() <= 150, name + ": " + g.runs().size() + " runs x " + g.epochs());
    }

    @Test
    void theVanishingGradientStudyTakesTheSameOverrides() {
        Experiment vg = Experiments.named("vanishing-gradient").orElseThrow();
        Settings s = new Settings(Map.of("width", "12", "depths", "3", "init", "xavier", "batch", "20"));
        vg.configure(s);
        assertEquals("12", s.resolved().get("width"));
        assertEquals("3", s.resolved().get("depths"));
        assertEquals("mnist-10k", s.resolved().get("dataset"));
        assertThrows(UserInputException.class, () -> vg.configure(new Settings(Map.of("depths", "3,4"))));
    }
}
