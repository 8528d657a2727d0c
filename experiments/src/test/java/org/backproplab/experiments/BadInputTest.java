package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                Arguments.of("depth-sweep", new String[] {"width", "16,32"},
                        "error: -Dwidth=16,32: depth-sweep sweeps activations, depths only; expected one value here"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void isOneLineExitTwoAndLeavesEarlierResultsAlone(String exp, String[] settings, String expected)
            throws IOException {
        Path results = tmp.resolve("results");
        Path earlier = Files.createDirectories(results.resolve("depth-sweep")).resolve("summary.csv");
        Files.writeString(earlier, "earlier results");
        MainHarness main = new MainHarness();
        int code = main.run(results, exp, settings);
        String text = main.err();
        assertEquals(2, code, text);
        assertTrue(text.startsWith(expected), text);
        if (!exp.equals("depth-sweeep")) {
            assertEquals(1, text.lines().count(), text);
        }
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertEquals("earlier results", Files.readString(earlier));
        try (Stream<Path> left = Files.list(results)) {
            assertEquals(1, left.count(), "no staging folder left behind");
        }
    }
}
