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

    /** The grid's runs; a budget's widths solved on its data, as a sweep does once the data is loaded. */
    private static List<RunSpec> runs(Grid g) {
        return g.budgets().isEmpty() ? g.runs() : g.runs(org.backproplab.experiments.grid.DataSettings.load(
                new Settings(Map.of()), g.dataset(), org.backproplab.experiments.grid.Defaults.SPLIT_SEED));
    }

    /** Whether the sweep sizes its layers by a budget or a unit count, which a width beside it contradicts. */
    private static String sizing(String name) {
        Map<org.backproplab.experiments.grid.Axis, String> d = sweep(name).defaults();
        return d.containsKey(org.backproplab.experiments.grid.Axis.BUDGET) ? "budget"
                : d.containsKey(org.backproplab.experiments.grid.Axis.UNITS) ? "units" : "width";
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

        Grid budget = grid("depth-budget");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), budget.depths());
        assertEquals(List.of(2000, 8000, 32000), budget.budgets());
        assertEquals("mnist-10k", budget.dataset().name());
        // Every network within 20% of its budget (one unit more or fewer on 784 inputs is 795 parameters, 40% of
        // 2,000) and within 5% from 8,000 on: the widths are solved, not fixed.
        for (RunSpec r : runs(budget)) {
            assertTrue(Math.abs(r.parameters(784, 10) - r.budget()) <= (r.budget() < 8000 ? 0.2 : 0.05)
                    * r.budget(), r.label() + " " + r.budget());
        }

        Grid regions = grid("linear-regions");
        assertEquals(List.of(48), regions.units());
        assertEquals(List.of(1, 2, 3, 4, 6, 8), regions.depths());
        assertEquals(List.of(48, 24, 16, 12, 8, 6), regions.runs().stream().filter(r -> r.seed() == 1)
                .map(RunSpec::width).toList());
        assertEquals("checkerboard", regions.dataset().name());
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void everyAxisOfEverySweepCanBeOverridden(String name) {
        // A sweep that solves its width is given what solves to 9 at depth 4 on moons: 317 parameters, 36 units.
        String sizing = sizing(name);
        String size = Map.of("width", "9", "budget", "317", "units", "36").get(sizing);
        Grid g = grid(name, "seeds", "2", "epochs", "7", "dataset", "moons", "activations", "elu", "depths", "4",
                sizing, size, "lr", "0.02", "batch", "5", "init", "he-uniform", "optimizer", "nesterov", "norm", "batch",
                "residual", "2");
        assertEquals("moons", g.dataset().name());
        assertEquals(2, runs(g).size());
        for (RunSpec r : runs(g)) {
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
        assertTrue(runs(g).size() * g.epochs() <= 150, name + ": " + runs(g).size() + " runs x " + g.epochs());
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
