package org.backproplab.experiments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.experiments.study.Sweep;

/**
 * The inputs {@link InputCatalogTest} tries, beyond the ones BadInputTest, MainTest, SweepFileTest and UserSweepTest
 * pin: every -D setting of every experiment against the kinds of value that go wrong (empty, blank, negative, zero,
 * too large, NaN, hex, a fraction, stray commas, malformed ranges, look-alike characters...), misspelt setting
 * names, experiment names, sweep files and data files. Most must be refused with one line; the few marked
 * {@link #ok} are valid and must run (each small and cheap).
 *
 * <p>{@code {in}} in a value stands for the folder the case's own files ({@link Case#file}) are written to.
 */
final class InputCatalog {
    private InputCatalog() {
    }

    /**
     * A file or folder a case needs, under {@code {in}}; {@code bytes} null for a folder. In a text file
     * ({@code template}) {@code {in}} is replaced too.
     */
    record Fixture(String name, byte[] bytes, boolean template) {
    }

    /**
     * One input: {@code -Dexp=exp} with the settings as name, value pairs; the exit code it must give and, for a
     * refusal, text its error line must contain (the bad value, as the line names it, and what was expected).
     */
    record Case(String exp, List<String> settings, int code, String says, List<Fixture> files) {
        Case with(String name, String text) {
            return with(new Fixture(name, text.getBytes(StandardCharsets.UTF_8), true));
        }

        Case with(String name, byte[] bytes) {
            return with(new Fixture(name, bytes, false));
        }

        Case folder(String name) {
            return with(new Fixture(name, null, false));
        }

        private Case with(Fixture f) {
            List<Fixture> all = new ArrayList<>(files);
            all.add(f);
            return new Case(exp, settings, code, says, all);
        }

        /** The input as a user would type it: the experiment, then -Dname=value for each setting. */
        String input() {
            StringBuilder sb = new StringBuilder(exp);
            for (int i = 0; i < settings.size(); i += 2) {
                sb.append(" -D").append(settings.get(i)).append('=').append(settings.get(i + 1));
            }
            return sb.toString();
        }
    }

    static Case bad(String exp, String says, String... settings) {
        return new Case(exp, Arrays.asList(settings), 2, says, List.of());
    }

    static Case ok(String exp, String... settings) {
        return new Case(exp, Arrays.asList(settings), 0, "", List.of());
    }

    static final String NBSP = "\u00a0";
    static final String LONG_DIGITS = "9".repeat(5000);

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        all.addAll(integerAxes());
        all.addAll(learningRates());
        all.addAll(sizingAxes());
        all.addAll(namedAxes());
        all.addAll(scalars());
        all.addAll(axesNotSwept());
        all.addAll(settingNames());
        all.addAll(experimentNames());
        all.addAll(sweepFiles());
        all.addAll(dataFiles());
        all.addAll(traces());
        all.addAll(accepted());
        return all;
    }

    /** -Dtrace: a boolean, and only for networks small enough to step through. */
    static List<Case> traces() {
        return List.of(
                bad("depth-sweep", "-Dtrace=true traces networks of at most 200 weights and biases; run 'sigmoid "
                        + "depth 1 seed 1' has 2410 (width 32, depth 1, 64 inputs, 10 outputs): give a smaller "
                        + "-Dwidth or -Ddepths, or leave -Dtrace out", "trace", "true"),
                bad("depth-sweep", "-Dtrace=maybe is not true or false", "trace", "maybe"));
    }

    /** depths, width and batch: whole numbers, lists and ranges, on the sweeps that sweep or take them. */
    static List<Case> integerAxes() {
        return List.of(
                bad("depth-sweep", "-Ddepths= has an empty item", "depths", ""),
                bad("depth-sweep", "-Ddepths=    has an empty item", "depths", "   "),
                bad("depth-sweep", "'-3' is out of range for a depth; expected whole numbers from 1 to 200",
                        "depths", "-3"),
                bad("depth-sweep", "'-0' is out of range for a depth", "depths", "-0"),
                bad("depth-sweep", "'201' is out of range for a depth", "depths", "201"),
                bad("depth-sweep", "'NaN' is not a depth", "depths", "NaN"),
                bad("depth-sweep", "'Infinity' is not a depth", "depths", "Infinity"),
                bad("depth-sweep", "'0x4' is not a depth", "depths", "0x4"),
                bad("depth-sweep", "'2.5' is not a depth", "depths", "2.5"),
                bad("depth-sweep", "'1e1' is not a depth", "depths", "1e1"),
                bad("depth-sweep", "-Ddepths=1,2, has an empty item", "depths", "1,2,"),
                bad("depth-sweep", "-Ddepths=,1,2 has an empty item", "depths", ",1,2"),
                bad("depth-sweep", "-Ddepths=1,,2 has an empty item", "depths", "1,,2"),
                bad("depth-sweep", "-Ddepths=, has an empty item", "depths", ","),
                bad("depth-sweep", "-Ddepths=,, has an empty item", "depths", ",,"),
                bad("depth-sweep", "'5..1' is an empty range", "depths", "5..1"),
                bad("depth-sweep", "'1...3' is not a depth", "depths", "1...3"),
                bad("depth-sweep", "'1..' is not a depth", "depths", "1.."),
                bad("depth-sweep", "'..3' is not a depth", "depths", "..3"),
                bad("depth-sweep", "'1..2..3' is not a depth", "depths", "1..2..3"),
                bad("depth-sweep", "'1-3' is not a depth", "depths", "1-3"),
                bad("depth-sweep", "'auto' is not a depth", "depths", "auto"),
                bad("depth-sweep", "'2\\u00a0' is not a depth", "depths", "2" + NBSP),
                bad("depth-sweep", "'\uff13' is not a depth", "depths", "\uff13"),
                bad("depth-sweep", "'\"3\"' is not a depth", "depths", "\"3\""),
                bad("depth-sweep", "is out of range for a depth", "depths", LONG_DIGITS),
                bad("init-sweep", "'5;10' is not a depth", "depths", "5;10"),
                bad("vanishing-gradient", "-Ddepths=0: '0' is out of range for a depth", "depths", "0"),
                bad("relu-family", "'4097' is out of range for a width; expected whole numbers from 1 to 4096",
                        "width", "4097"),
                bad("relu-family", "'-16' is out of range for a width", "width", "-16"),
                bad("lr-sweep", "'16.0' is not a width", "width", "16.0"),
                bad("lr-sweep", "'1e2' is not a width", "width", "1e2"),
                bad("activation-families", "-Dwidth=32, has an empty item", "width", "32,"),
                bad("activation-families", "-Dwidth= has an empty item", "width", ""),
                bad("init-sweep", "'0x20' is not a width", "width", "0x20"),
                bad("vanishing-gradient", "'30px' is not a width", "width", "30px"),
                bad("depth-sweep", "'0' is out of range for a batch size; expected whole numbers from 1 to 1000000",
                        "batch", "0"),
                bad("depth-sweep", "'1000001' is out of range for a batch size", "batch", "1000001"),
                bad("lr-sweep", "'-32' is out of range for a batch size", "batch", "-32"),
                bad("relu-family", "'32.5' is not a batch size", "batch", "32.5"),
                bad("init-sweep", "'NaN' is not a batch size", "batch", "NaN"),
                bad("activation-families", "'all' is not a batch size", "batch", "all"),
                bad("vanishing-gradient", "-Dbatch=, has an empty item", "batch", ","));
    }

    /** -Dlr: numbers in (0, 100], log ranges, auto; and xor's single rate. */
    static List<Case> learningRates() {
        String range = "is out of range; expected numbers in (0, 100.0]";
        return List.of(
                bad("lr-sweep", "-Dlr= has an empty item", "lr", ""),
                bad("lr-sweep", "'0' " + range, "lr", "0"),
                bad("lr-sweep", "'-0' " + range, "lr", "-0"),
                bad("lr-sweep", "'-0.1' " + range, "lr", "-0.1"),
                bad("lr-sweep", "'100.0001' " + range, "lr", "100.0001"),
                bad("lr-sweep", "'1e400' " + range, "lr", "1e400"),
                bad("lr-sweep", "'1e-400' " + range, "lr", "1e-400"),
                bad("lr-sweep", "'NaN' is not a learning rate", "lr", "NaN"),
                bad("lr-sweep", "'Infinity' is not a learning rate", "lr", "Infinity"),
                bad("lr-sweep", "'-Infinity' is not a learning rate", "lr", "-Infinity"),
                bad("lr-sweep", "'0x1p-3' is not a learning rate", "lr", "0x1p-3"),
                bad("lr-sweep", "'0.1f' is not a learning rate", "lr", "0.1f"),
                bad("lr-sweep", "'0.1d' is not a learning rate", "lr", "0.1d"),
                bad("lr-sweep", "'1/10' is not a learning rate", "lr", "1/10"),
                bad("lr-sweep", "-Dlr=0.1, has an empty item", "lr", "0.1,"),
                bad("lr-sweep", "-Dlr=0.1,,0.2 has an empty item", "lr", "0.1,,0.2"),
                bad("lr-sweep", "-Dlr=auto,0.1: 'auto' (each activation's own rate) cannot be combined with numbers",
                        "lr", "auto,0.1"),
                bad("lr-sweep", "-Dlr=auto,auto: auto is given more than once", "lr", "auto,auto"),
                bad("lr-sweep", "'AUTO' is not a learning rate", "lr", "AUTO"),
                bad("lr-sweep", "'1e-4..10' is not a log range", "lr", "1e-4..10"),
                bad("lr-sweep", "'1e-4..10/0' is an empty or too fine log range", "lr", "1e-4..10/0"),
                bad("lr-sweep", "'1e-4..10/101' is an empty or too fine log range", "lr", "1e-4..10/101"),
                bad("lr-sweep", "'10..1e-4/2' is an empty or too fine log range", "lr", "10..1e-4/2"),
                bad("lr-sweep", "'1e-4...10/2' is not a log range", "lr", "1e-4...10/2"),
                bad("lr-sweep", "'1e-4..10/2/3' is not a log range", "lr", "1e-4..10/2/3"),
                bad("lr-sweep", "'1e-4..10/2.5' is not a learning rate", "lr", "1e-4..10/2.5"),
                bad("lr-sweep", "-Dlr=0..1/2: '0' " + range, "lr", "0..1/2"),
                bad("lr-sweep", "-Dlr=1e-4..1000/2: '1000' " + range, "lr", "1e-4..1000/2"),
                bad("lr-sweep", "'0.1\\u00a0' is not a learning rate", "lr", "0.1" + NBSP),
                bad("lr-sweep", "'\uff10.\uff11' is not a learning rate", "lr",
                        "\uff10.\uff11"),
                bad("depth-sweep", "-Dlr=0,1: '0' " + range, "lr", "0,1"),
                bad("xor", "-Dlr= is not a number; expected a number in (0, 100.0]", "lr", ""),
                bad("xor", "-Dlr=NaN is not a number; expected a number in (0, 100.0]", "lr", "NaN"),
                bad("xor", "-Dlr=Infinity is not a number", "lr", "Infinity"),
                bad("xor", "-Dlr=-0 is out of range; expected a number in (0, 100.0]", "lr", "-0"),
                bad("xor", "-Dlr=0x1p-3 is not a number", "lr", "0x1p-3"),
                bad("xor", "-Dlr=0.5f is not a number", "lr", "0.5f"),
                bad("xor", "-Dlr=0.1,0.2 is not a number", "lr", "0.1,0.2"),
                bad("xor", "-Dlr=auto is not a number", "lr", "auto"),
                bad("xor", "-Dlr=1e-4..10/2 is not a number", "lr", "1e-4..10/2"));
    }

    /** -Dbudget and -Dunits: whole numbers that solve the width, never beside a width or each other. */
    static List<Case> sizingAxes() {
        String budget = "' is not a parameter budget; expected whole numbers from 10 to 100000000";
        return List.of(
                bad("depth-sweep", "-Dbudget=2k: '2k" + budget, "budget", "2k"),
                bad("depth-sweep", "-Dbudget=8e3: '8e3" + budget, "budget", "8e3"),
                bad("depth-sweep", "-Dbudget=2000..4000: '2000..4000" + budget + " (no ranges)", "budget",
                        "2000..4000"),
                bad("depth-sweep", "-Dbudget=5: '5' is out of range for a parameter budget", "budget", "5"),
                bad("depth-sweep", "-Dbudget= has an empty item", "budget", ""),
                bad("depth-sweep", "-Dbudget=100: 100 parameters cannot make 9 hidden layers on 64 inputs and 10 "
                        + "outputs (one unit a layer has 101); expected at least 101, or fewer hidden layers", "budget",
                        "100"),
                bad("depth-sweep", "-Dbudget=80: 80 parameters cannot make 1 hidden layer on 64 inputs and 10 "
                        + "outputs (one unit a layer has 85); expected at least 85", "budget", "80"),
                bad("depth-sweep", "-Dbudget=90000000: 90000000 parameters make 1 hidden layer ", "budget",
                        "90000000"),
                bad("depth-sweep", "-Dwidth=16: the width is solved from -Dbudget=8000 here; expected no width",
                        "budget", "8000", "width", "16"),
                bad("depth-sweep", "-Dbudget=1000,2000: depth-sweep sweeps activations, depths only", "budget",
                        "1000,2000"),
                bad("depth-sweep", "-Dunits=7: 7 hidden units do not split evenly over 2, 3, 4, 5, 6, 8, 9, 10 "
                        + "hidden layers; expected a count that every depth divides (2520 or a multiple", "units", "7"),
                bad("depth-sweep", "-Dunits=0: '0' is out of range for a count of hidden units", "units", "0"),
                bad("depth-sweep", "-Dunits=48: the width is solved from -Dbudget=8000 here; expected a budget or a "
                        + "unit count, not both", "units", "48", "budget", "8000"),
                bad("depth-sweep", "-Dunits=forty: 'forty' is not a count of hidden units", "units", "forty"),
                sweep("name: s\ndataset: xor\nbudget: [2000, 2000]\n",
                        "error: sweep.yaml: budget: 2000,2000: 2000 is given more than once"),
                sweep("name: s\ndataset: xor\ndepths: [1, 2]\nunits: 5\n",
                        "error: sweep.yaml: units: 5: 5 hidden units do not split evenly over 2 hidden layers"),
                sweep("name: s\ndataset: xor\nwidth: 8\nbudget: 500\n",
                        "error: sweep.yaml: width: 8: the width is solved from sweep.yaml: budget: 500 here"),
                // A sweep of depths at two budgets runs: depth on x, one line per budget.
                new Case("{in}/sweep.yaml", List.of(), 0, "", List.of()).with("sweep.yaml", "name: budgets\n"
                        + "dataset: xor\nactivations: relu\ndepths: [1, 3]\nbudget: [300, 900]\nseeds: 1\n"
                        + "epochs: 2\n"));
    }

    /** activations, init, optimizer, dataset: names from a list. */
    static List<Case> namedAxes() {
        return List.of(
                bad("depth-sweep", "-Dactivations= has an empty item", "activations", ""),
                bad("depth-sweep", "unknown activation 'Sigmoid'; expected one of: identity, sigmoid",
                        "activations", "Sigmoid"),
                bad("depth-sweep", "-Dactivations=relu, has an empty item", "activations", "relu,"),
                bad("depth-sweep", "-Dactivations=,relu has an empty item", "activations", ",relu"),
                bad("relu-family", "-Dactivations=relu,,elu has an empty item", "activations", "relu,,elu"),
                bad("relu-family", "unknown activation 'relu elu'", "activations", "relu elu"),
                bad("relu-family", "unknown activation 'relu;elu'", "activations", "relu;elu"),
                bad("init-sweep", "unknown activation 'leaky_relu'", "activations", "leaky_relu"),
                bad("lr-sweep", "unknown activation '\"tanh\"'", "activations", "\"tanh\""),
                bad("activation-families", "unknown activation 'tanh\\u00a0'",
                        "activations", "tanh" + NBSP),
                bad("activation-families", "unknown activation 'all'", "activations", "all"),
                bad("vanishing-gradient", "softmax normalizes a whole layer", "activations", "softmax"),
                bad("xor", "-Dactivations=tanh, has an empty item", "activations", "tanh,"),
                bad("xor", "-Dactivations=, has an empty item", "activations", ","),
                bad("xor", "-Dactivations= has an empty item", "activations", ""),
                bad("xor", "-Dactivations=,tanh has an empty item", "activations", ",tanh"),
                bad("xor", "unknown activation 'TANH'", "activations", "TANH"),
                bad("init-sweep", "-Dinit= has an empty item", "init", ""),
                bad("init-sweep", "unknown initializer 'HE'; expected one of: uniform, xavier", "init", "HE"),
                bad("init-sweep", "unknown initializer 'glorot'", "init", "glorot"),
                bad("init-sweep", "-Dinit=he,he: he is given more than once", "init", "he,he"),
                bad("init-sweep", "-Dinit=he, has an empty item", "init", "he,"),
                bad("init-sweep", "unknown initializer 'constant'", "init", "constant"),
                bad("vanishing-gradient", "unknown initializer 'he\\u00a0'", "init", "uniform,he" + NBSP),
                bad("xor", "-Dinit=auto: unknown initializer 'auto'", "init", "auto"),
                bad("xor", "-Dinit=he,xavier: unknown initializer 'he,xavier'", "init", "he,xavier"),
                bad("xor", "-Dinit=: unknown initializer ''", "init", ""),
                bad("depth-sweep", "-Doptimizer= has an empty item", "optimizer", ""),
                bad("depth-sweep", "'SGD' is not an optimizer; expected one of: sgd, momentum", "optimizer", "SGD"),
                bad("lr-sweep", "'adamw' is not an optimizer", "optimizer", "adamw"),
                bad("lr-sweep", "-Doptimizer=adam,adam: adam is given more than once", "optimizer", "adam,adam"),
                bad("relu-family", "-Doptimizer=sgd, has an empty item", "optimizer", "sgd,"),
                bad("depth-sweep", "'layer' is not a normalization; expected one of: none, batch", "norm", "layer"),
                bad("depth-sweep", "-Dnorm=batch,batch: batch is given more than once", "norm", "batch,batch"),
                bad("depth-sweep", "'-1' is out of range for a number of layers per residual shortcut (0: none)",
                        "residual", "-1"),
                bad("depth-sweep", "'two' is not a number of layers per residual shortcut", "residual", "two"),
                bad("depth-sweep", "-Dbatch=1: batch normalization needs mini-batches of 2 or more rows", "norm",
                        "batch", "batch", "1"),
                bad("depth-sweep", "-Dresidual=10: a shortcut every 10 layers first goes into hidden layer 11, and "
                        + "the deepest network here has 10; expected a residual below 10 (or 0)", "residual", "10"),
                bad("depth-sweep", "-Ddataset=: unknown dataset ''; expected one of: digits, mnist-10k", "dataset",
                        ""),
                bad("depth-sweep", "unknown dataset 'digits,moons'", "dataset", "digits,moons"),
                bad("lr-sweep", "unknown dataset 'moon'", "dataset", "moon"),
                bad("init-sweep", "unknown dataset 'mnist-60k'", "dataset", "mnist-60k"),
                bad("vanishing-gradient", "unknown dataset 'mnist10k'", "dataset", "mnist10k"),
                bad("activation-families", "unknown dataset 'iris'", "dataset", "iris"));
    }

    /** The single-valued settings: seeds, epochs, threads, networks, steps, quick, resume, out, results.dir. */
    static List<Case> scalars() {
        String seeds = "is out of range; expected an integer from 1 to 100";
        return List.of(
                bad("depth-sweep", "-Dseeds= is not a whole number; expected an integer from 1 to 100", "seeds", ""),
                bad("depth-sweep", "-Dseeds=    is not a whole number", "seeds", "   "),
                bad("depth-sweep", "-Dseeds=-1 " + seeds, "seeds", "-1"),
                bad("depth-sweep", "-Dseeds=-0 " + seeds, "seeds", "-0"),
                bad("depth-sweep", "-Dseeds=101 " + seeds, "seeds", "101"),
                bad("depth-sweep", "-Dseeds=NaN is not a whole number", "seeds", "NaN"),
                bad("depth-sweep", "-Dseeds=0x3 is not a whole number", "seeds", "0x3"),
                bad("depth-sweep", "-Dseeds=2.0 is not a whole number", "seeds", "2.0"),
                bad("depth-sweep", "-Dseeds=1e1 is not a whole number", "seeds", "1e1"),
                bad("depth-sweep", "-Dseeds=3, is not a whole number", "seeds", "3,"),
                bad("depth-sweep", "-Dseeds=1..3 is not a whole number", "seeds", "1..3"),
                bad("depth-sweep", "-Dseeds=\uff13 is not a whole number", "seeds", "\uff13"),
                bad("depth-sweep", "-Dseeds=3\\u00a0 is not a whole number", "seeds",
                        "3" + NBSP),
                bad("depth-sweep", "-Dseeds=+-3 is not a whole number", "seeds", "+-3"),
                bad("relu-family", "-Dseeds=1 is out of range; expected an integer from 2 to 100", "seeds", "1"),
                bad("xor", "-Dseeds=1001 is out of range; expected an integer from 1 to 1000", "seeds", "1001"),
                bad("vanishing-gradient", "-Dseeds=0 " + seeds, "seeds", "0"),
                bad("depth-sweep", "-Depochs= is not a whole number; expected an integer from 1 to 1000000",
                        "epochs", ""),
                bad("depth-sweep", "-Depochs=-5 is out of range", "epochs", "-5"),
                bad("lr-sweep", "-Depochs=1000001 is out of range", "epochs", "1000001"),
                bad("lr-sweep", "-Depochs=Infinity is not a whole number", "epochs", "Infinity"),
                bad("init-sweep", "-Depochs=2.5 is not a whole number", "epochs", "2.5"),
                bad("relu-family", "-Depochs=1e3 is not a whole number", "epochs", "1e3"),
                bad("activation-families", "-Depochs=10,20 is not a whole number", "epochs", "10,20"),
                bad("vanishing-gradient", "-Depochs=0 is out of range", "epochs", "0"),
                bad("xor", "-Depochs=10000001 is out of range; expected an integer from 1 to 10000000", "epochs",
                        "10000001"),
                bad("xor", "-Depochs=" + LONG_DIGITS.substring(0, 40), "epochs", LONG_DIGITS),
                bad("xor", "-Dwidth=0 is out of range; expected an integer from 1 to 4096", "width", "0"),
                bad("xor", "-Dwidth=3,5 is not a whole number", "width", "3,5"),
                bad("xor", "-Ddepths=17 is out of range; expected an integer from 1 to 16", "depths", "17"),
                bad("xor", "-Ddepths=1..3 is not a whole number", "depths", "1..3"),
                bad("depth-sweep", "-Dthreads=-1 is out of range; expected an integer from 1 to 1024", "threads",
                        "-1"),
                bad("depth-sweep", "-Dthreads=1025 is out of range", "threads", "1025"),
                bad("lr-sweep", "-Dthreads=auto is not a whole number", "threads", "auto"),
                bad("xor", "-Dthreads= is not a whole number", "threads", ""),
                bad("backprop-trace", "-Dthreads=1.5 is not a whole number", "threads", "1.5"),
                bad("gradient-check", "-Dnetworks=-1 is out of range; expected an integer from 0 to 100000",
                        "networks", "-1"),
                bad("gradient-check", "-Dnetworks=100001 is out of range", "networks", "100001"),
                bad("gradient-check", "-Dnetworks=ten is not a whole number", "networks", "ten"),
                bad("gradient-check", "-Dnetworks=1e2 is not a whole number", "networks", "1e2"),
                bad("gradient-check", "'65' is out of range for a depth; expected whole numbers from 1 to 64",
                        "depths", "65"),
                bad("gradient-check", "-Ddepths=1,, has an empty item", "depths", "1,,"),
                bad("gradient-check", "'3..1' is an empty range", "depths", "3..1"),
                bad("dl4j-parity", "-Dsteps=0 is out of range; expected an integer from 1 to 1000000", "steps", "0"),
                bad("dl4j-parity", "-Dsteps=1000001 is out of range", "steps", "1000001"),
                bad("dl4j-parity", "-Dsteps=5e2 is not a whole number", "steps", "5e2"),
                bad("dl4j-parity", "-Dsteps= is not a whole number", "steps", ""),
                bad("depth-sweep", "-Dquick=on is not true or false", "quick", "on"),
                bad("backprop-trace", "-Dquick=2 is not true or false", "quick", "2"),
                bad("lr-sweep", "-Dquick=true,false is not true or false", "quick", "true,false"),
                bad("depth-sweep", "-Dresume=tru is not true or false", "resume", "tru"),
                bad("xor", "-Dresume=y is not true or false", "resume", "y"),
                bad("depth-sweep", "-Dout= is not a folder name", "out", ""),
                bad("depth-sweep", "-Dout=. is not a folder name", "out", "."),
                bad("depth-sweep", "-Dout=.. is not a folder name", "out", ".."),
                bad("xor", "-Dout=my results is not a folder name", "out", "my results"),
                bad("xor", "-Dout=r\u00e9sultats is not a folder name", "out", "r\u00e9sultats"),
                bad("xor", "-Dout=.depth-sweep.running is not a folder name", "out", ".depth-sweep.running"),
                bad("backprop-trace", "results folder name 'Index.MD': ", "out", "Index.MD"),
                bad("backprop-trace", "-Dout=" + "o".repeat(300) + " is too long for a folder name (300 "
                        + "characters); expected at most 200", "out", "o".repeat(300)),
                bad("backprop-trace", "results folder name 'benchmarks': ", "out", "benchmarks")
                        .folder("../results/benchmarks").with("../results/benchmarks/a.json", "{}"),
                bad("backprop-trace", "-Dresults.dir=a\\u0000b is not a valid path", "results.dir", "a\u0000b"),
                bad("backprop-trace", "cannot write results under {in}/file.txt/results (Not a directory: "
                        + "{in}/file.txt/results)", "results.dir",
                        "{in}/file.txt/results").with("file.txt", "a file, not a folder"));
    }

    /** A list on an axis the experiment draws for one value. */
    static List<Case> axesNotSwept() {
        String only = " only; expected one value here, or a sweep file";
        return List.of(
                bad("depth-sweep", "-Doptimizer=sgd,adam: depth-sweep sweeps activations, depths" + only,
                        "optimizer", "sgd,adam"),
                bad("depth-sweep", "-Dnorm=none,batch: depth-sweep sweeps activations, depths" + only,
                        "norm", "none,batch"),
                bad("depth-sweep", "-Dlr=0.1,0.2: depth-sweep sweeps activations, depths" + only, "lr", "0.1,0.2"),
                bad("depth-sweep", "-Dbatch=16..18: depth-sweep sweeps", "batch", "16..18"),
                bad("lr-sweep", "-Ddepths=1,2: lr-sweep sweeps activations, lr" + only, "depths", "1,2"),
                bad("lr-sweep", "-Dinit=he,xavier: lr-sweep sweeps activations, lr" + only, "init", "he,xavier"),
                bad("init-sweep", "-Dlr=0.01,0.1: init-sweep sweeps activations, depths, init" + only, "lr",
                        "0.01,0.1"),
                bad("init-sweep", "-Dwidth=16,32: init-sweep sweeps", "width", "16,32"),
                bad("relu-family", "-Ddepths=3,6: relu-family sweeps activations" + only, "depths", "3,6"),
                bad("relu-family", "-Dlr=1e-3..1/1: relu-family sweeps activations" + only, "lr", "1e-3..1/1"),
                bad("activation-families", "-Dbatch=16,32: activation-families sweeps activations" + only, "batch",
                        "16,32"),
                bad("activation-families", "-Doptimizer=adam,rmsprop: activation-families sweeps", "optimizer",
                        "adam,rmsprop"),
                bad("vanishing-gradient", "-Ddepths=4,5: vanishing-gradient sweeps activations, init" + only,
                        "depths", "4,5"),
                bad("vanishing-gradient", "-Dwidth=30,40: vanishing-gradient sweeps", "width", "30,40"),
                bad("depth-budget", "-Dlr=0.01,0.1: depth-budget sweeps depths, budget" + only, "lr", "0.01,0.1"),
                bad("depth-budget", "-Dactivations=relu,tanh: depth-budget sweeps depths, budget" + only,
                        "activations", "relu,tanh"),
                bad("linear-regions", "-Dactivations=relu,tanh: linear-regions sweeps depths, units" + only,
                        "activations", "relu,tanh"),
                bad("linear-regions", "-Dbatch=8,16: linear-regions sweeps depths, units" + only, "batch", "8,16"));
    }

    /** Setting names: near misses get a "did you mean", far ones the list; one per experiment at least. */
    static List<Case> settingNames() {
        return List.of(
                bad("depth-sweep", "-DEpochs=5 is not a setting of this experiment; did you mean -Depochs?",
                        "Epochs", "5"),
                bad("depth-sweep", "-Depcohs=5 is not a setting of this experiment; did you mean -Depochs?",
                        "epcohs", "5"),
                bad("depth-sweep", "-Dactivation=relu is not a setting of this experiment; did you mean "
                        + "-Dactivations?", "activation", "relu"),
                bad("depth-sweep", "-Ddepth=3 is not a setting of this experiment; did you mean -Ddepths?", "depth",
                        "3"),
                bad("depth-sweep", "-Dseed=3 is not a setting of this experiment; did you mean -Dseeds?", "seed", "3"),
                bad("depth-sweep", "-Dwidths=16 is not a setting of this experiment; did you mean -Dwidth?",
                        "widths", "16"),
                bad("lr-sweep", "-Doptimiser=adam is not a setting of this experiment; did you mean -Doptimizer?",
                        "optimiser", "adam"),
                bad("lr-sweep", "-Dlrs=0.1 is not a setting of this experiment; did you mean -Dlr?", "lrs", "0.1"),
                bad("lr-sweep", "-Dlearning_rate=0.1 is not a setting of this experiment; expected one of: ",
                        "learning_rate", "0.1"),
                bad("init-sweep", "-Dinits=he is not a setting of this experiment; did you mean -Dinit?", "inits",
                        "he"),
                bad("init-sweep", "-Dbatchsize=16 is not a setting of this experiment; expected one of: ",
                        "batchsize", "16"),
                bad("relu-family", "-Dthread=2 is not a setting of this experiment; did you mean -Dthreads?",
                        "thread", "2"),
                bad("relu-family", "-Dquik=true is not a setting of this experiment; did you mean -Dquick?", "quik",
                        "true"),
                bad("activation-families", "-Dresum=true is not a setting of this experiment; did you mean "
                        + "-Dresume?", "resum", "true"),
                bad("activation-families", "-Ddata_set=moons is not a setting of this experiment; did you mean "
                        + "-Ddataset?", "data_set", "moons"),
                bad("vanishing-gradient", "-DbatchSize=10 is not a setting of this experiment; expected one of: ",
                        "batchSize", "10"),
                bad("depth-sweep", "-Dresults_dir={in}/elsewhere is not a setting of this experiment; did you mean "
                        + "-Dresults.dir?", "results_dir", "{in}/elsewhere"),
                bad("depth-sweep", "-DdataDir={in} is not a setting of this experiment; did you mean -Ddata.dir?",
                        "dataDir", "{in}"),
                bad("depth-sweep", "-Dresult.dir={in}/elsewhere is not a setting; did you mean -Dresults.dir?",
                        "result.dir", "{in}/elsewhere"),
                bad("depth-sweep", "-Ddata.dir={in}: digits is not read from a folder; expected -Ddata.dir only "
                        + "with -Ddataset=mnist", "data.dir", "{in}"),
                bad("xor", "-Dbatch=4 is not a setting of this experiment; expected one of: ", "batch", "4"),
                bad("xor", "-Ddataset=moons is not a setting of this experiment; expected one of: ", "dataset",
                        "moons"),
                bad("xor", "-Dactivation=tanh is not a setting of this experiment; did you mean -Dactivations?",
                        "activation", "tanh"),
                bad("xor", "-Ddepth=2 is not a setting of this experiment; did you mean -Ddepths?", "depth", "2"),
                bad("gradient-check", "-Dnetwork=5 is not a setting of this experiment; did you mean -Dnetworks?",
                        "network", "5"),
                bad("gradient-check", "-Dseeds=3 is not a setting of this experiment; expected one of: depths, "
                        + "networks", "seeds", "3"),
                bad("dl4j-parity", "-Dstep=5 is not a setting of this experiment; did you mean -Dsteps?", "step",
                        "5"),
                bad("dl4j-parity", "-Depochs=5 is not a setting of this experiment; expected one of: ", "epochs",
                        "5"),
                bad("backprop-trace", "-Depochs=10 is not a setting of this experiment; expected one of: ",
                        "epochs", "10"),
                bad("backprop-trace", "-Dsteps=10 is not a setting of this experiment; expected one of: ", "steps",
                        "10"));
    }

    /** What may be given as -Dexp: names, paths, folders. */
    static List<Case> experimentNames() {
        String unknown = "error: unknown experiment '";
        return List.of(
                bad("Depth-Sweep", unknown + "Depth-Sweep'; did you mean 'depth-sweep'?"),
                bad("DEPTH-SWEEP", unknown + "DEPTH-SWEEP'; did you mean 'depth-sweep'?"),
                bad("depth_sweep", unknown + "depth_sweep'; did you mean 'depth-sweep'?"),
                bad("depthsweep", unknown + "depthsweep'; did you mean 'depth-sweep'?"),
                bad("depth-sweep,lr-sweep", unknown + "depth-sweep,lr-sweep'; expected one of: depth-sweep,"),
                bad("depth-sweep lr-sweep", unknown + "depth-sweep lr-sweep'; expected one of: depth-sweep,"),
                bad("xor-learning", unknown + "xor-learning'; "),
                bad("help", unknown + "help'; "),
                bad("--help", unknown + "--help'; "),
                bad("LIST", unknown + "LIST'; "),
                bad("src", unknown + "src'; expected one of: "),
                bad("{in}", unknown + "{in}'; ").folder("sub"),
                bad(".", unknown + ".'; expected one of: "),
                bad("..", unknown + "..'; expected one of: "),
                bad("xr", unknown + "xr'; did you mean 'xor'?"),
                bad("depth\nsweep", "error: unknown experiment 'depth\\u000asweep'; did you mean 'depth-sweep'?"),
                bad("x".repeat(300), unknown + "xxxxxxxx"),
                bad("d\u00e9pth-sweep", unknown + "d\u00e9pth-sweep'; did you mean 'depth-sweep'?"),
                bad("depth-sweep.json", unknown + "depth-sweep.json'; "),
                bad("{in}/sweep.json", unknown + "{in}/sweep.json'; ").with("sweep.json", "{\"name\": \"s\"}"),
                bad("depth-sweep.yaml", "error: sweep file depth-sweep.yaml does not exist; expected a YAML file"),
                bad("{in}/folder.yml", "error: sweep file {in}/folder.yml is a folder; expected a YAML file")
                        .folder("folder.yml"),
                bad("{in}/nowhere/.yaml", "error: sweep file {in}/nowhere/.yaml does not exist"),
                bad("bad\u0000name.yaml", "is not a valid path"));
    }

    static Case sweep(String yaml, String says) {
        return new Case("{in}/sweep.yaml", List.of(), 2, says, List.of()).with("sweep.yaml", yaml);
    }

    /** Sweep files handed to -Dexp: keys, types, YAML features, names. */
    static List<Case> sweepFiles() {
        String at = "error: sweep file {in}/sweep.yaml, line ";
        return List.of(
                sweep("name: .\n", at + "1: name '.' cannot name the folder results/."),
                sweep("name: INDEX.MD\ndataset: xor\n", "error: results folder name 'INDEX.MD': "),
                sweep("name: readme.md\ndataset: xor\n", "error: results folder name 'readme.md': "),
                sweep("name: \"\"\n", at + "1: 'name' has no value"),
                sweep("name: ~\n", at + "1: 'name' has no value"),
                sweep("name: r\u00e9sum\u00e9\n", at + "1: name 'r\u00e9sum\u00e9' cannot name the folder"),
                sweep("name: a:b\n", at + "1: name 'a:b' cannot name the folder"),
                sweep("name: " + "s".repeat(300) + "\n", at + "1: name '" + "s".repeat(300) + "' is too long for a "
                        + "folder name (300 characters); expected at most 200"),
                sweep("name: {a: 1}\n", at + "1: 'name' holds a nested mapping"),
                sweep("name: a\nname: b\n", at + "2: duplicate key 'name'"),
                sweep("name: s\nquick: true\n", at + "2: unknown key 'quick'; expected one of: name, description"),
                sweep("name: s\nthreads: 2\n", at + "2: unknown key 'threads'; expected one of: name, description"),
                sweep("name: s\nout: elsewhere\n", at + "2: unknown key 'out'"),
                sweep("name: s\nresults.dir: /tmp\n", at + "2: unknown key 'results.dir'"),
                sweep("name: s\nexp: depth-sweep\n", at + "2: unknown key 'exp'"),
                sweep("name: s\nSeeds: 2\n", at + "2: unknown key 'Seeds'; did you mean 'seeds'?"),
                sweep("name: s\n1: 2\n", at + "2: unknown key '1'; expected one of: name"),
                sweep("name: s\n<<: {seeds: 2}\n", at + "2: unknown key '<<'; expected one of: name"),
                sweep("name: s\nlrr: 0.1\n", at + "2: unknown key 'lrr'; did you mean 'lr'?"),
                sweep("name: s\ndataset: xor\nseeds: [1, 2]\n", "error: sweep.yaml: seeds: 1,2 is not a whole number"),
                sweep("name: s\ndataset: xor\nseeds: true\n", "error: sweep.yaml: seeds: true is not a whole number"),
                sweep("name: s\ndataset: xor\nepochs: 1.5\n", "error: sweep.yaml: epochs: 1.5 is not a whole number"),
                sweep("name: s\ndataset: xor\nepochs: 1e400\n", "error: sweep.yaml: epochs: 1e400 is not a whole"),
                sweep("name: s\ndataset: xor\nseeds: 1_000\n", "error: sweep.yaml: seeds: 1_000 is not a whole"),
                sweep("name: s\ndataset: xor\nwidth: 0x10\n", "error: sweep.yaml: width: 0x10: '0x10' is not a width"),
                sweep("name: s\ndataset: xor\nwidth: 1e1000\n", "'1e1000' is not a width"),
                sweep("name: s\ndataset: xor\nlr: .inf\n", "error: sweep.yaml: lr: .inf: '.inf' is not a learning"),
                sweep("name: s\ndataset: xor\nlr: .nan\n", "error: sweep.yaml: lr: .nan: '.nan' is not a learning"),
                sweep("name: s\ndataset: xor\nactivations: [yes, no]\n",
                        "error: sweep.yaml: activations: yes,no: unknown activation 'yes'"),
                sweep("name: s\ndataset: [moons, xor]\n",
                        "error: sweep.yaml: dataset: moons,xor: unknown dataset 'moons,xor'"),
                sweep("name: s\ndataset: xor\nactivations: [sigmoid]\ninit: [auto, xavier]\n",
                        "error: sweep.yaml: init: auto,xavier: for sigmoid, auto is xavier"),
                sweep("name: s\ndataset: xor\nlr: [auto, 0.1]\n",
                        "error: sweep.yaml: lr: auto,0.1: 'auto' (each activation's own rate) cannot be combined"),
                sweep("name: s\ndataset: xor\nlr: &r [0.1, 0.2]\nwidth: *r\n", at + "4: 'width' is the alias *r"),
                sweep("name: s\ndataset: xor\ndepths: [1, 2, 1]\n", "error: sweep.yaml: depths: 1,2,1: 1 is given "
                        + "more than once"),
                sweep("name: s\ndataset: xor\ndepths: [1,\t2]\n", at + "3: not valid YAML: found character "
                        + "'\\t(TAB)'"),
                sweep("name: s\n---\n", at + "3: a second YAML document starts here"),
                sweep("---\nname: s\n...\n---\nname: t\n", at + "5: a second YAML document starts here"),
                sweep("\ufeffname: s\ndataset: xor\nseeds: none\n", "error: sweep.yaml: seeds: none is not a whole"),
                sweep("name: s\r\ndataset: xor\r\nepochs: -1\r\n", "error: sweep.yaml: epochs: -1 is out of range"),
                new Case("{in}/sweep.yaml", List.of(), 2, at + "2: is not UTF-8 text; expected a file saved as UTF-8",
                        List.of()).with("sweep.yaml", "name: s\ndescription: r\u00e9sum\u00e9\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                sweep("name: s\nseeds: 2\nwidth: \u0000\n", at + "3: not valid YAML: the character U+0000 is not "
                        + "allowed"),
                sweep("name: s\ndescription: a\u0007b\n", at + "2: not valid YAML: the character U+0007 is not "
                        + "allowed"),
                sweep("? [a, b]\n: 1\n", at + "1: a key that is a list or a mapping; expected plain keys"),
                sweep("name: s\nseeds: !!binary aGVsbG8=\n", "error: sweep"),
                sweep("name: s\ndescription: [a, b]\n", at + "2: 'description' holds a list; expected one line"),
                sweep("name: s\ndataset: xor\ndata.dir: {in}\n", "error: sweep.yaml: data.dir: {in}: xor is not "
                        + "read from a folder; expected -Ddata.dir only with -Ddataset=mnist"),
                sweep("name: s\ndataset: {in}/empty.csv\n", "error: sweep.yaml: dataset: {in}/empty.csv: "
                        + "{in}/empty.csv: is empty").with("empty.csv", ""),
                sweep("name: s\ndataset: mnist\n", "error: sweep.yaml: dataset: mnist: mnist is read from a folder"),
                sweep("name: s\ndataset: xor\nactivations: [" + "tanh, ".repeat(2000) + "relu]\n",
                        "tanh is given more than once"),
                new Case("{in}/sweep.yaml", List.of("quick", "true"), 2,
                        "error: sweep.yaml: depths: 0: '0' is out of range for a depth", List.of())
                        .with("sweep.yaml", "name: s\ndataset: xor\ndepths: 0\n"),
                new Case("{in}/sweep.yaml", List.of("seeds", "0"), 2, "error: -Dseeds=0 is out of range", List.of())
                        .with("sweep.yaml", "name: s\ndataset: xor\nseeds: 2\n"),
                new Case("{in}/sweep.yaml", List.of("epoch", "3"), 2,
                        "error: -Depoch=3 is not a setting of this experiment; did you mean -Depochs?", List.of())
                        .with("sweep.yaml", "name: s\ndataset: xor\n"),
                sweep("name: benchmarks\ndataset: xor\n", "error: results folder name 'benchmarks': ")
                        .folder("../results/benchmarks").with("../results/benchmarks/a.json", "{}"));
    }

    static Case data(String exp, String file, String content, String says, String... settings) {
        List<String> all = new ArrayList<>(List.of("dataset", "{in}/" + file));
        all.addAll(Arrays.asList(settings));
        return new Case(exp, all, 2, says, List.of()).with(file, content);
    }

    /** Data files handed to -Ddataset (and folders to -Ddata.dir): the line the CLI prints. */
    static List<Case> dataFiles() {
        String d = "error: -Ddataset={in}/";
        return List.of(
                data("depth-sweep", "empty.csv", "", d + "empty.csv: {in}/empty.csv: is empty"),
                data("depth-sweep", "header.csv", "x1,x2,label\n", d + "header.csv: {in}/header.csv: has a header "
                        + "but no rows"),
                data("lr-sweep", "one-class.csv", "x,label\n1,4\n2,4\n3,4\n", d + "one-class.csv: {in}/one-class.csv:"
                        + " every row has label 4; expected at least two classes"),
                data("relu-family", "bom.csv", "\ufeffx,label\n1,0\n2,0\n3,1\nfour,1\n", d + "bom.csv: {in}/bom.csv: "
                        + "line 5, column 'x': 'four' is not a finite number"),
                data("init-sweep", "single.csv", "x,label\n1,0\n2,0\n3,1\n", d + "single.csv: {in}/single.csv: 3 "
                        + "rows, but label 1 (column 'label') has only 1, on line 4"),
                data("activation-families", "semicolon.csv", "x;label\n1;0\n2;1\n", d + "semicolon.csv: "
                        + "{in}/semicolon.csv: line 1 has 1 column"),
                data("depth-sweep", "nan.csv", "x,label\nNaN,0\n1,0\n2,1\n3,1\n", d + "nan.csv: {in}/nan.csv: line 2, "
                        + "column 'x': 'NaN' is not a finite number"),
                data("depth-sweep", "frac.csv", "x,label\n1,0\n2,0.5\n3,1\n4,1\n", d + "frac.csv: {in}/frac.csv: "
                        + "line 3, label column 'label': '0.5' is not"),
                data("depth-sweep", "ragged.csv", "x,y,label\n1,2,0\n1,0\n", d + "ragged.csv: {in}/ragged.csv: line 3"
                        + " has 2 cells; expected 3"),
                data("vanishing-gradient", "empty.csv", "", d + "empty.csv: {in}/empty.csv: is empty"),
                new Case("depth-sweep", List.of("dataset", "{in}/folder.csv"), 2, d + "folder.csv: {in}/folder.csv: "
                        + "is a folder", List.of()).folder("folder.csv"),
                bad("depth-sweep", d + "missing.csv: {in}/missing.csv: ", "dataset", "{in}/missing.csv"),
                data("depth-sweep", "table.tsv", "x\tlabel\n1\t0\n", d + "table.tsv: unknown dataset '{in}/table.tsv'"),
                bad("depth-sweep", "-Ddataset=mnist: ", "dataset", "mnist", "data.dir", "{in}/nowhere"),
                bad("depth-sweep", "-Ddata.dir=a\\u0000b is not a valid path", "dataset", "mnist", "data.dir",
                        "a\u0000b"),
                new Case("depth-sweep", List.of("dataset", "mnist", "data.dir", "{in}/file"), 2, "-Ddataset=mnist: ",
                        List.of()).with("file", "not a folder"),
                new Case("depth-sweep", List.of("dataset", "mnist", "data.dir", "{in}/mnist"), 2,
                        "-Ddataset=mnist: {in}/mnist/train-images-idx3-ubyte: ", List.of())
                        .with("mnist/train-images-idx3-ubyte", "hello")
                        .with("mnist/train-labels-idx1-ubyte", "hello")
                        .with("mnist/t10k-images-idx3-ubyte", "hello")
                        .with("mnist/t10k-labels-idx1-ubyte", "hello"),
                bad("depth-sweep", "-Ddata.dir= is empty", "dataset", "mnist", "data.dir", ""));
    }

    /** Valid inputs the checks must not refuse; each small enough to run in a second or two. */
    static List<Case> accepted() {
        return List.of(
                ok("xor", "epochs", "10", "seeds", "1", "activations", " tanh , relu "),
                ok("xor", "epochs", "+10", "seeds", "01", "lr", "1E-1", "quick", "TRUE"),
                ok(" xor ", "epochs", "10", "seeds", "1", "activations", "tanh"),
                ok("depth-sweep", "dataset", " XOR ", "epochs", "1", "seeds", "1", "depths", "1 .. 2",
                        "activations", "relu", "out", "xor-depths"),
                ok("depth-sweep", "dataset", "xor", "epochs", "1", "seeds", "1", "depths", "1..2", "activations",
                        "relu", "budget", "500", "out", "xor-budget"),
                ok("depth-sweep", "dataset", "xor", "epochs", "1", "seeds", "1", "depths", "1..2", "activations",
                        "relu", "units", "8", "out", "xor-units"),
                ok("lr-sweep", "dataset", "xor", "epochs", "1", "seeds", "1", "depths", "1", "activations", "relu",
                        "lr", "0.1..1/1", "out", "my_rates-1.v2"));
    }
}
