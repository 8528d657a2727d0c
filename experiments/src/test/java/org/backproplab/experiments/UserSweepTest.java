package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.experiments.grid.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own sweep from a YAML file, run end to end like any declared one. */
class UserSweepTest {
    @TempDir
    Path tmp;

    private final MainHarness main = new MainHarness();

    private int run(String exp, String... settings) {
        return main.run(tmp.resolve("results"), exp, settings);
    }

    private String errText() {
        return main.err();
    }

    @Test
    void aSweepFileRunsEveryCombinationAndWritesTheGridsTablesAndFigures() throws IOException {
        Path file = Files.writeString(tmp.resolve("mine.yaml"), String.join("\n",
                "name: widths-and-rates",
                "dataset: xor",
                "activations: [tanh, relu]",
                "width: [4, 16]",
                "lr: [0.1, 0.3]",
                "depths: 2",
                "epochs: 3",
                "seeds: 2"));
        assertEquals(0, run(file.toString()), errText());
        Path dir = tmp.resolve("results/widths-and-rates");
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(1 + 2 * 2 * 2, summary.size());
        // Every resolved field of the grid point (the spec's columns but the seed), then the statistics.
        List<String> header = List.of(summary.get(0).split(","));
        List<String> fields = RunSpec.COLUMNS.subList(0, RunSpec.COLUMNS.size() - 1);
        assertEquals(fields, header.subList(0, fields.size()), summary.get(0));
        assertEquals(List.of("parameters", "seeds", "diverged", "test_accuracy_mean"), header.subList(fields.size(),
                fields.size() + 4), summary.get(0));
        List<String> first = List.of(summary.get(1).split(","));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("activation", "tanh");
        expected.put("depth", "2");
        expected.put("width", "4");
        expected.put("lr", "0.1");
        expected.put("batch", "32");
        expected.put("init", "xavier");
        expected.put("optimizer", "sgd");
        expected.put("seeds", "2");
        expected.put("diverged", "0");
        expected.forEach((column, value) -> assertEquals(value, first.get(header.indexOf(column)),
                column + " in " + summary.get(1)));
        assertEquals(1 + 8 * 2 * 4, Files.readAllLines(dir.resolve("runs.csv")).size());
        // Rates and widths both vary: the rate goes on x, one line per activation and width.
        for (String f : List.of("test-accuracy-vs-lr.png", "train-loss-vs-lr.png", "training-loss.png",
                "REPORT.md", "manifest.json")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"width\" : \"4,16\"") || manifest.contains("\"width\": \"4,16\""), manifest);
    }

    @Test
    void theCommandLineWinsOverTheFileAndTheShippedExampleRuns() throws IOException {
        assertEquals(0, run("sweeps/example-sweep.yaml", "quick", "true", "depths", "1"), errText());
        Path dir = tmp.resolve("results/example-sweep");
        // quick: one seed; -Ddepths=1 over the file's four depths: tanh and relu at depth 1.
        assertEquals(1 + 2, Files.readAllLines(dir.resolve("summary.csv")).size());
        assertTrue(Files.readString(dir.resolve("REPORT.md")).contains("moons"));
    }

    @Test
    void aBadValueInTheFileIsNamedWithTheFile() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("results/bad")).resolve("summary.csv");
        Files.writeString(old, "earlier");
        Path file = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nactivations: [tanh, sigmod]\n");
        assertEquals(2, run(file.toString()));
        assertTrue(errText().startsWith("error: bad.yaml: activations: tanh,sigmod: unknown activation 'sigmod'"),
                errText());
        assertEquals(1, errText().lines().count());
        assertEquals("earlier", Files.readString(old));
    }

    @Test
    void aMissingOrMalformedFileIsOneLine() throws IOException {
        assertEquals(2, run(tmp.resolve("nowhere.yaml").toString()));
        assertEquals(1, errText().lines().count(), errText());
        assertTrue(errText().contains("nowhere.yaml"), errText());
        main.reset();
        Path file = Files.writeString(tmp.resolve("broken.yml"), "name: x\ndepths: [1, 2\nseeds: 2\n");
        assertEquals(2, run(file.toString()));
        assertEquals(1, errText().lines().count(), errText());
        assertTrue(errText().contains("broken.yml"), errText());
        assertFalse(Files.exists(tmp.resolve("results/x")));
    }

    @Test
    void quickWinsOverTheFileAndAnExplicitSettingWinsOverQuick() throws IOException {
        Path file = Files.writeString(tmp.resolve("long.yaml"), String.join("\n",
                "name: long", "dataset: xor", "activations: [tanh]", "depths: [1, 2]", "seeds: 2", "epochs: 60"));
        assertEquals(0, run(file.toString(), "quick", "true"), errText());
        String manifest = Files.readString(tmp.resolve("results/long/manifest.json"));
        assertTrue(manifest.contains("\"epochs\" : \"3\"") && manifest.contains("\"seeds\" : \"1\""), manifest);
        main.reset();
        assertEquals(0, run(file.toString(), "quick", "true", "epochs", "4"), errText());
        manifest = Files.readString(tmp.resolve("results/long/manifest.json"));
        assertTrue(manifest.contains("\"epochs\" : \"4\""), manifest);
    }

    @Test
    void aNameThatIsTheProjectsOwnFileOrANumberTooLargeIsOneLine() throws IOException {
        Path index = Files.writeString(tmp.resolve("index.yaml"), "name: index.md\ndataset: xor\n");
        assertEquals(2, run(index.toString()));
        assertTrue(errText().startsWith("error: results folder name 'index.md': "), errText());
        assertEquals(1, errText().lines().count(), errText());
        main.reset();
        Path big = Files.writeString(tmp.resolve("big.yaml"), "name: big\nseeds: 99999999999999999999\n");
        assertEquals(2, run(big.toString()));
        assertEquals("error: big.yaml: seeds: 99999999999999999999 is out of range; expected an integer from 1 "
                + "to 100\n", errText());
    }

    @Test
    void aNamedPipeIsRefusedNotWaitedOn() throws Exception {
        Path pipe = tmp.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo, which every Linux and macOS has");
        assertEquals(2, run(pipe.toString()));
        assertEquals("error: sweep file " + pipe + " is not a regular file (a pipe, a socket or a device); expected "
                + "a YAML file such as experiments/sweeps/example-sweep.yaml\n", errText());
    }
}
