package org.backproplab.experiments.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.study.Sweep;
import org.junit.jupiter.api.Test;

class GridSettingsTest {
    private static final Sweep ANY = Sweep.named("test", "a test sweep");

    private static Grid read(Sweep sweep, String... nameValue) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put(nameValue[i], nameValue[i + 1]);
        }
        return sweep.grid(new Settings(values));
    }

    private static String error(Sweep sweep, String... nameValue) {
        return assertThrows(UserInputException.class, () -> read(sweep, nameValue)).getMessage();
    }

    @Test
    void theLossIsTheClassifiersUnlessSaidAndFixesTheOutputLayer() {
        assertEquals(RunSpec.CLASSIFIER_LOSS, read(ANY).runs().get(0).loss());
        // Nielsen's chapter-5 recipe: a sigmoid output layer with cross-entropy.
        RunSpec nielsen = read(ANY, "loss", "binary-cross-entropy", "init", "nielsen").runs().get(0);
        assertEquals("binary-cross-entropy", nielsen.loss().name());
        assertEquals("sigmoid", nielsen.loss().outputActivation().name());
        assertEquals("nielsen", nielsen.initializer().name());
        assertTrue(error(ANY, "loss", "xent").startsWith("-Dloss=xent: unknown loss 'xent'; expected one of: "));
    }

    @Test
    void rangesAndListsExpandInOrder() {
        assertEquals(List.of(1, 2, 3, 4), GridSettings.range("1..4", 1, 10, "a depth"));
        assertEquals(List.of(7), GridSettings.range("7", 1, 10, "a depth"));
        Grid g = read(ANY.swept(Axis.ACTIVATIONS, Axis.DEPTHS, Axis.WIDTH), "depths", "1..3,8", "width", "4,16");
        assertEquals(List.of(1, 2, 3, 8), g.depths());
        assertEquals(List.of(4, 16), g.widths());
    }

    @Test
    void logRangesHitThePowersOfTenExactly() {
        List<Double> rates = GridSettings.rates("1e-4..10/2");
        assertEquals(11, rates.size());
        assertEquals(1e-4, rates.get(0));
        assertEquals(1e-3, rates.get(2));
        assertEquals(1.0, rates.get(8));
        assertEquals(10.0, rates.get(10));
        assertEquals(Math.pow(10, -3.5), rates.get(1), 1e-18);
        assertEquals(List.of(0.01, 0.1, 1.0), GridSettings.rates("0.01..1/1"));
    }

    @Test
    void aLogRangeNeverPassesItsUpperEnd() {
        // 1e-4..5/1: one per decade from 1e-4 ends at 1; 10 would be past 5.
        assertEquals(List.of(1e-4, 1e-3, 1e-2, 0.1, 1.0), GridSettings.rates("1e-4..5/1"));
        // 30..99/1: the next value, 300, is past 99; the range is the one rate that was typed.
        assertEquals(List.of(30.0), GridSettings.rates("30..99/1"));
        // An end that is hit up to rounding is the end as typed, not 3.0000000000000004.
        List<Double> thirds = GridSettings.rates("3e-4..3/1");
        assertEquals(5, thirds.size());
        assertEquals(3.0, thirds.get(4));
        for (String range : List.of("1e-4..10/2", "0.002..7/3", "1e-3..100/7", "5e-5..0.5/4")) {
            double to = Double.parseDouble(range.substring(range.indexOf("..") + 2, range.indexOf('/')));
            assertTrue(GridSettings.rates(range).stream().allMatch(r -> r <= to), range);
        }
    }

    @Test
    void ratesReadAsAReaderWritesThem() {
        assertEquals("3.16e-4", Rates.text(Math.pow(10, -3.5)));
        assertEquals("0.316", Rates.text(Math.pow(10, -0.5)));
        assertEquals("3.16", Rates.text(Math.pow(10, 0.5)));
        assertEquals("10", Rates.text(10.0));
        assertEquals("0.001", Rates.text(1e-3));
        assertEquals("1e-4", Rates.text(1e-4));
        assertEquals("0.05", Rates.text(0.05));
        assertEquals("100", Rates.text(100));
    }

    @Test
    void autoMeansEachActivationsOwnRate() {
        Grid g = read(ANY);
        assertEquals(List.of(), g.learningRates());
        assertEquals(List.of(0.5), g.learningRatesFor(org.backproplab.engine.activation.Activation.sigmoid()));
        assertEquals("sigmoid 0.5, tanh 0.1, relu 0.05", g.learningRateText());
        assertEquals(List.of(0.3), read(ANY, "lr", "0.3").learningRates());
    }

    @Test
    void everyRunOfTheGridInAFixedOrder() {
        Grid g = read(ANY.swept(Axis.ACTIVATIONS, Axis.DEPTHS), "activations", "tanh,relu", "depths", "1..2",
                "seeds", "2");
        List<String> labels = g.runs().stream().map(s -> s.hidden().name() + s.depth() + "/" + s.seed()).toList();
        assertEquals(List.of("tanh1/1", "tanh1/2", "tanh2/1", "tanh2/2", "relu1/1", "relu1/2", "relu2/1", "relu2/2"),
                labels);
        assertEquals(List.of(Axis.ACTIVATIONS, Axis.DEPTHS), g.varying());
    }

    @Test
    void aListOnAnAxisTheSweepCannotShowIsRefused() {
        assertEquals("-Dwidth=16,32: test sweeps activations only; expected one value here, or a sweep file "
                + "(-Dexp=FILE.yaml) for a grid over width", error(ANY, "width", "16,32"));
    }

    @Test
    void badValuesNameTheSettingAndWhatIsAllowed() {
        assertEquals("-Ddepths=0..3: '0..3' is out of range for a depth; expected whole numbers from 1 to 200 or a "
                + "range such as 1..10", error(ANY, "depths", "0..3"));
        assertEquals("-Ddepths=5..2: '5..2' is an empty range; expected whole numbers from 1 to 200 or a range such "
                + "as 1..10", error(ANY, "depths", "5..2"));
        assertEquals("-Dwidth=5000: '5000' is out of range for a width; expected whole numbers from 1 to 4096 or a "
                + "range such as 1..10", error(ANY, "width", "5000"));
        assertEquals("-Dbatch=ten: 'ten' is not a batch size; expected whole numbers from 1 to 1000000 or a range "
                + "such as 1..10", error(ANY, "batch", "ten"));
        assertEquals("-Dlr=0: '0' is out of range; expected numbers in (0, 100.0], a log range such as 1e-4..10/2 "
                + "(two per decade), or auto", error(ANY, "lr", "0"));
        assertEquals("-Dlr=1e-3..x: '1e-3..x' is not a log range; expected numbers in (0, 100.0], a log range such "
                + "as 1e-4..10/2 (two per decade), or auto", error(ANY, "lr", "1e-3..x"));
        assertEquals("-Depochs=0 is out of range; expected an integer from 1 to 1000000", error(ANY, "epochs", "0"));
        assertEquals("-Dseeds=1.5 is not a whole number; expected an integer from 1 to 100",
                error(ANY, "seeds", "1.5"));
        assertEquals("-Dseeds=1 is out of range; expected an integer from 2 to 100",
                error(ANY.seeds(5, 2), "seeds", "1"));
        assertEquals("-Ddepths=1,,2 has an empty item; expected a comma-separated list",
                error(ANY, "depths", "1,,2"));
        String init = error(ANY, "init", "glorot");
        assertEquals(true, init.startsWith("-Dinit=glorot: ") && init.endsWith("(or auto: each activation's own)"),
                init);
        String dataset = error(ANY, "dataset", "cifar");
        assertEquals(true, dataset.startsWith("-Ddataset=cifar: "), dataset);
        assertEquals(1, dataset.lines().count());
    }

    @Test
    void autoCannotBeMixedWithNumbers() {
        String e = error(ANY.swept(EnumSet.allOf(Axis.class).toArray(new Axis[0])), "lr", "auto,0.1");
        assertEquals(true, e.contains("'auto' (each activation's own rate) cannot be combined with numbers"), e);
    }

    @Test
    void valuesFromASweepFileAreNamedByTheFile() {
        Settings s = new Settings(Map.of()).withDefaults(Map.of("depths", "1,x"), "my.yaml");
        String e = assertThrows(UserInputException.class, () -> ANY.swept(Axis.DEPTHS).grid(s)).getMessage();
        assertEquals("my.yaml: depths: 1,x: 'x' is not a depth; expected whole numbers from 1 to 200 or a range "
                + "such as 1..10", e);
    }

    @Test
    void theResolvedSettingsAreTheWholeRecipeDefaultsIncluded() {
        Settings s = new Settings(Map.of("seeds", "2"));
        ANY.grid(s);
        Map<String, String> p = s.resolved();
        assertEquals("2", p.get("seeds"));
        assertEquals("20", p.get("epochs"));
        assertEquals("sigmoid,tanh,relu", p.get("activations"));
        assertEquals("auto", p.get("lr"));
        assertEquals("digits", p.get("dataset"));
    }

    @Test
    void aBudgetSolvesEachDepthsWidthAndIsRecordedInEveryRun() {
        Sweep sweep = ANY.swept(Axis.ACTIVATIONS, Axis.DEPTHS, Axis.BUDGET);
        Grid g = read(sweep, "budget", "2000,8000", "depths", "1,8", "activations", "relu", "seeds", "1",
                "dataset", "spirals");
        assertEquals(List.of(Axis.DEPTHS, Axis.BUDGET), g.varying());
        assertThrows(IllegalStateException.class, g::runs, "a budget needs the data's inputs and outputs");
        TrainingData spirals = org.backproplab.experiments.grid.DataSettings.load(new Settings(Map.of()),
                g.dataset(), Defaults.SPLIT_SEED);
        List<RunSpec> runs = g.runs(spirals);
        assertEquals(List.of(333, 16, 1333, 33), runs.stream().map(RunSpec::width).toList());
        assertEquals(List.of(2000, 2000, 8000, 8000), runs.stream().map(RunSpec::budget).toList());
        assertEquals(8055, runs.get(3).parameters(2, 3));
        assertEquals("budget 8000", Axis.BUDGET.describe(runs.get(3)));
        assertTrue(read(ANY).budgets().isEmpty(), "no budget unless declared or given");
        assertEquals(0, read(ANY).runs().get(0).budget());
    }

    @Test
    void unitsSplitOverTheDepthsAndAnUnevenSplitIsOneLine() {
        Grid g = read(ANY.swept(Axis.DEPTHS), "units", "24", "depths", "1,2,3", "activations", "relu", "seeds", "1");
        assertEquals(List.of(24, 12, 8), g.runs().stream().map(RunSpec::width).toList());
        assertEquals(List.of(24, 24, 24), g.runs().stream().map(r -> (int) Axis.UNITS.value(r)).toList());
        assertEquals("-Dunits=48: 48 hidden units do not split evenly over 5, 7 hidden layers; expected a count "
                + "that every depth divides (840 or a multiple of it for 1, 2, 3, 4, 5, 6, 7, 8), or depths that "
                + "divide 48", error(ANY.swept(Axis.DEPTHS), "units", "48", "depths", "1..8"));
    }

    @Test
    void aSizingBesideAWidthOrAnotherSizingIsRefused() {
        assertEquals("-Dwidth=16: the width is solved from -Dbudget=2000 here; expected no width, or another budget",
                error(ANY, "budget", "2000", "width", "16"));
        assertEquals("-Dunits=48: the width is solved from -Dbudget=2000 here; expected a budget or a unit count, "
                + "not both", error(ANY, "budget", "2000", "units", "48"));
        assertEquals("-Dbudget=2k: '2k' is not a parameter budget; expected whole numbers from 10 to 100000000",
                error(ANY, "budget", "2k"));
        assertEquals("-Dbudget=1000..2000: '1000..2000' is not a parameter budget; expected whole numbers from 10 "
                + "to 100000000 (no ranges)", error(ANY, "budget", "1000..2000"));
        assertEquals("-Dunits=0: '0' is out of range for a count of hidden units; expected whole numbers from 1 to "
                + "819200", error(ANY, "units", "0"));
    }
}
