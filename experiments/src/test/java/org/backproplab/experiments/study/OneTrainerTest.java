package org.backproplab.experiments.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture rule of "runs as data": networks are trained in one place, {@code training.TrainingRun}, run
 * by {@code execution}; no output stage (a study's tables, figures, report) trains or steps a network, it reads
 * what the run and its probes recorded. Checked on the sources, so a new study that reaches for the engine's
 * trainer fails here, naming the file.
 */
class OneTrainerTest {
    private static final Path MAIN = Path.of("src/main/java/org/backproplab/experiments");

    /**
     * Code that may train: the trainer, the runner, and the studies that are about a single step or compare the
     * engine's steps with DL4J's (the trace, the parity check, the gradient check). xor trains through the runner.
     */
    private static final Set<String> MAY_TRAIN = Set.of("training", "execution", "backproptrace", "dl4jparity",
            "gradientcheck");

    private static final List<String> TRAINING = List.of("TrainingRun.run(", "new Trainer(", ".updaterFor(",
            "trainer.epoch(", "Trainer.");

    @Test
    void onlyTheTrainerAndTheRunnerTrainNetworks() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !MAY_TRAIN.contains(MAIN.relativize(f).getName(0).toString()))
                    .filter(f -> read(f).lines().filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                            .anyMatch(l -> TRAINING.stream().anyMatch(l::contains)))
                    .map(f -> MAIN.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), offenders, "only training/ and execution/ may train a network");
    }

    @Test
    void theOnlyCallerOfTheTrainerIsTheLocalRunner() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> callers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("TrainingRun.run("))
                    .map(f -> MAIN.relativize(f).toString()).sorted().toList();
            assertEquals(List.of("execution/LocalRunner.java"), callers);
        }
        assertTrue(Files.isDirectory(MAIN.resolve("study")), "run from the experiments module");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
