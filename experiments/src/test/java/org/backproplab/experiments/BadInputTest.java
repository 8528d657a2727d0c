package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input the issue lists: one line on stderr naming the value and what is allowed, exit status
 * 2, no stack trace, and the previous results of the experiment exactly as they were.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("depth-sweeep", new String[] {}, "error: unknown experiment 'depth-sweeep'"),
                Arguments.of("depth-sweep", new String[] {"activations", "tanh,rleu"},
                        "error: -Dactivations=tanh,rleu: unknown activation 'rleu'; expected one of: identity,"),
                Arguments.of("depth-sweep", new String[] {"dataset", "mnist-100k"}, "error: -Ddataset=mnist-100k: "),
                Arguments.of("init-sweep", new String[] {"init", "he,kaiming"}, "error: -Dinit=he,kaiming: "),
                Arguments.of("lr-sweep", new String[] {"optimizer", "adagrad"},
                        "error: -Doptimizer=adagrad: 'adagrad' is not an optimizer; expected one of: sgd,"),
                Arguments.of("depth-sweep", new String[] {"epochs", "4O"},
                        "error: -Depochs=4O is not a whole number; expected an integer from 1 to 1000000"),
                Arguments.of("depth-sweep", new String[] {"depths", "1..500"},
                        "error: -Ddepths=1..500: '1..500' is out of range for a depth; expected whole numbers from 1 "
                                + "to 200"),
                Arguments.of("relu-family", new String[] {"width", "0"},
                        "error: -Dwidth=0: '0' is out of range for a width; expected whole numbers from 1 to 4096"),
                Arguments.of("depth-sweep", new String[] {"epochs", "0"},
                        "error: -Depochs=0 is out of range; expected an integer from 1 to 1000000"),
                Arguments.of("lr-sweep", new String[] {"lr", "1000"},
                        "error: -Dlr=1000: '1000' is out of range; expected numbers in (0, 100.0]"),
                Arguments.of("xor", new String[] {"lr", "fast"},
                        "error: -Dlr=fast is not a number; expected a number in (0, 100.0]"),
                Arguments.of("depth-sweep", new String[] {"out", "../../etc"},
                        "error: -Dout=../../etc is not a folder name; expected letters, digits,"),
                Arguments.of("depth-sweep", new String[] {"out", "/tmp/x"},
                        "error: -Dout=/tmp/x is not a folder name; expected letters, digits,"),
                Arguments.of("depth-sweep", new String[] {"threads", "0"},
                        "error: -Dthreads=0 is out of range; expected an integer from 1 to 1024"),
                Arguments.of("missing.yaml", new String[] {}, "error: sweep file missing.yaml"),
                Arguments.of("depth-sweep", new String[] {"loss", "cross-entropy"},
                        "error: -Dloss=cross-entropy: unknown loss 'cross-entropy'; expected one of: sum-of-squares, "),
                Arguments.of("depth-sweep", new String[] {"runner", "sparc"},
                        "error: -Drunner=sparc: unknown runner; expected one of: local (or spark with the cluster "
                                + "module)"),
                Arguments.of("depth-sweep", new String[] {"runner", "spark"},
                        "error: -Drunner=spark: the spark runner is in the cluster module, which is not on this "
                                + "classpath; expected mvn -Pcluster -pl cluster exec:java"),
                Arguments.of("depth-sweep", new String[] {"width", "16,32"},
                        "error: -Dwidth=16,32: depth-sweep sweeps activations, depths only; expected one value here"),
                // The list, in its numbers.
                Arguments.of("depth-sweep", new String[] {"out", "index.md"},
                        "error: results folder name 'index.md': "),
                Arguments.of("depth-sweep", new String[] {"out", "README.md"},
                        "error: results folder name 'README.md': "),
                Arguments.of("depth-sweep", new String[] {"out", "notes.txt"},
                        "error: results folder name 'notes.txt': "),
                Arguments.of("depth-sweep", new String[] {"results.dir", ""},
                        "error: -Dresults.dir= is empty; expected the folder to write results into"),
                Arguments.of("depth-sweep", new String[] {"results.dir", "  "},
                        "error: -Dresults.dir='  ' is blank; expected the folder to write results into"),
                Arguments.of("depth-sweep", new String[] {"width", "4096", "depths", "200", "dataset", "xor"},
                        "error: -Dwidth=4096 -Ddepths=200: a run of that size needs about "),
                Arguments.of("xor", new String[] {"width", "4096", "depths", "16"},
                        "error: -Dwidth=4096 -Ddepths=16 -Depochs=10000 -Dseeds=10: the study needs about "),
                Arguments.of("xor", new String[] {"epochs", "10000000", "seeds", "1000"},
                        "error: -Dwidth=3 -Ddepths=1 -Depochs=10000000 -Dseeds=1000: the study needs about "),
                Arguments.of("depth-sweep", new String[] {"activations", "softmax"},
                        "error: -Dactivations=softmax: softmax normalizes a whole layer into probabilities and is "
                                + "used for the output layer only; expected one of: identity, sigmoid,"),
                Arguments.of("xor", new String[] {"activations", "tanh,softmax"},
                        "error: -Dactivations=tanh,softmax: softmax normalizes a whole layer"),
                Arguments.of("depth-sweep", new String[] {"depths", "2,2"},
                        "error: -Ddepths=2,2: 2 is given more than once; expected each value once"),
                Arguments.of("depth-sweep", new String[] {"depths", "1..3,2"},
                        "error: -Ddepths=1..3,2: 2 is given more than once; expected each value once"),
                Arguments.of("depth-sweep", new String[] {"activations", "relu,relu,tanh,tanh"},
                        "error: -Dactivations=relu,relu,tanh,tanh: relu, tanh are given more than once"),
                Arguments.of("lr-sweep", new String[] {"lr", "0.1,0.10"},
                        "error: -Dlr=0.1,0.10: 0.1 is given more than once; expected each value once"),
                Arguments.of("xor", new String[] {"activations", "tanh,tanh"},
                        "error: -Dactivations=tanh,tanh: tanh is given more than once"),
                Arguments.of("init-sweep", new String[] {"init", "auto,xavier", "activations", "sigmoid"},
                        "error: -Dinit=auto,xavier: for sigmoid, auto is xavier, so auto and xavier give the same "
                                + "runs; expected each initialization once"),
                Arguments.of("depth-sweep", new String[] {"results.dri", "/tmp/elsewhere"},
                        "error: -Dresults.dri=/tmp/elsewhere is not a setting; did you mean -Dresults.dir?"),
                Arguments.of("depth-sweep", new String[] {"data.dri", "/tmp/mnist"},
                        "error: -Ddata.dri=/tmp/mnist is not a setting; did you mean -Ddata.dir?"),
                Arguments.of("backprop-trace", new String[] {"data.dir", "/tmp/mnist"},
                        "error: -Ddata.dir=/tmp/mnist is not a setting of this experiment"),
                Arguments.of("lr-sweep", new String[] {"lr", "30..99/1x"},
                        "error: -Dlr=30..99/1x: '30..99/1x' is not a learning rate"),
                Arguments.of("depth-sweep", new String[] {"epochs", "99999999999"},
                        "error: -Depochs=99999999999 is out of range; expected an integer from 1 to 1000000"),
                Arguments.of("depth-sweep", new String[] {"seeds", "-99999999999999999999"},
                        "error: -Dseeds=-99999999999999999999 is out of range; expected an integer from 1 to 100"),
                Arguments.of("depth-sweep", new String[] {"depths", "1..99999999999"},
                        "error: -Ddepths=1..99999999999: '1..99999999999' is out of range for a depth"),
                Arguments.of("depth-budget", new String[] {"width", "32"},
                        "error: -Dwidth=32: the width is solved from -Dbudget=2000,8000,32000 here; expected no width, "
                                + "or another budget"),
                Arguments.of("depth-budget", new String[] {"budget", "2000,8k"},
                        "error: -Dbudget=2000,8k: '8k' is not a parameter budget; expected whole numbers from 10 to "
                                + "100000000"),
                Arguments.of("depth-budget", new String[] {"budget", "500"},
                        "error: -Dbudget=500: 500 parameters cannot make 1 hidden layer on 784 inputs and 10 outputs "
                                + "(one unit a layer has 805); expected at least 805"),
                Arguments.of("depth-budget", new String[] {"checkerboard.seeds", "0"},
                        "error: -Dcheckerboard.seeds=0 is out of range; expected an integer from 1 to 100"),
                Arguments.of("linear-regions", new String[] {"units", "50"},
                        "error: -Dunits=50: 50 hidden units do not split evenly over 3, 4, 6, 8 hidden layers; "
                                + "expected a count that every depth divides (24 or a multiple of it for 1, 2, 3, 4, 6, "
                                + "8), or depths that divide 50"),
                Arguments.of("linear-regions", new String[] {"units", "48", "width", "8"},
                        "error: -Dwidth=8: the width is solved from -Dunits=48 here; expected no width, or another "
                                + "unit count"),
                Arguments.of("linear-regions", new String[] {"dataset", "digits"},
                        "error: -Ddataset=digits: linear regions are counted in the plane; expected a data set of 2 "
                                + "inputs (checkerboard, spirals, circles, moons, xor, or a CSV file of two features), "
                                + "got 64"),
                Arguments.of("linear-regions", new String[] {"activations", "tanh"},
                        "error: -Dactivations=tanh: the regions of tanh networks are not pieces of one affine map "
                                + "each; expected relu"),
                Arguments.of("linear-regions", new String[] {"units", "48,48"},
                        "error: -Dunits=48,48: 48 is given more than once; expected each value once"),
                Arguments.of("no/such/dir/sweep.yaml", new String[] {},
                        "error: sweep file no/such/dir/sweep.yaml does not exist"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void isOneLineExitTwoAndLeavesEarlierResultsAlone(String exp, String[] settings, String expected)
            throws IOException {
        Path results = tmp.resolve("results");
        Path earlier = Files.createDirectories(results.resolve("depth-sweep")).resolve("summary.csv");
        Files.writeString(earlier, "earlier results");
        Files.writeString(results.resolve("depth-sweep/manifest.json"), "{}");
        Path readme = Files.writeString(results.resolve("README.md"), "the project's own");
        Path notes = Files.writeString(results.resolve("notes.txt"), "a user's own");
        MainHarness main = new MainHarness();
        int code = main.run(results, exp, settings);
        String text = main.err();
        assertEquals(2, code, text);
        assertTrue(text.startsWith(expected), text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertEquals("earlier results", Files.readString(earlier));
        assertEquals("the project's own", Files.readString(readme));
        assertEquals("a user's own", Files.readString(notes));
        try (Stream<Path> left = Files.list(results)) {
            assertEquals(List.of("README.md", "depth-sweep", "notes.txt"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no staging folder or index left behind");
        }
    }
}
