package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.study.Experiment;
import org.junit.jupiter.api.Test;

/**
 * The README's claims about the code, checked against the code: how many activations there are, the default
 * learning rates, the experiments its table lists. (The claims about results, the numbers a run prints, are quoted
 * from the reports and checked after CI's runs by {@code .ci/readme-check}.)
 */
class ReadmeClaimsTest {
    /** Surefire runs in the module's folder; the README is the project's. */
    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void theNumberOfActivationsIsTheListsLength() throws IOException {
        Matcher m = Pattern.compile("any of the (\\d+) that `-Dexp=list` lists").matcher(readme());
        assertTrue(m.find(), "the README says how many activations -Dexp=list lists");
        assertEquals(Activation.all().size(), Integer.parseInt(m.group(1)));
    }

    @Test
    void theDefaultLearningRatesAreTheCodes() throws IOException {
        String expected = String.format("sigmoid %s, tanh %s, ReLU %s", text(Activation.sigmoid()),
                text(Activation.tanh()), text(Activation.relu()));
        assertTrue(readme().contains("each activation's own: " + expected), "README's -Dlr row: " + expected);
    }

    private static String text(Activation a) {
        double r = org.backproplab.experiments.grid.Defaults.learningRate(a);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    @Test
    void theExperimentsTableListsEveryExperimentAndNoOther() throws IOException {
        String table = readme().split("## Experiments\n", 2)[1].split("\n## ", 2)[0];
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(table);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(Experiments.all().stream().map(Experiment::name).sorted().toList(), listed.stream().sorted()
                .toList());
    }
}
