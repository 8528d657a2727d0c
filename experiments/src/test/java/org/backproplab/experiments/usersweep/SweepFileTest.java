package org.backproplab.experiments.usersweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backproplab.experiments.cli.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SweepFileTest {
    /** The settings a real sweep would allow. */
    private static final Set<String> ALLOWED = Set.of("seeds", "epochs", "dataset", "activations", "depths", "width",
            "lr", "batch", "init", "optimizer", "data.dir");

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("sweep.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private SweepFile read(String yaml) throws IOException {
        return SweepFile.read(write(yaml), ALLOWED);
    }

    /** The message of the error reading {@code file}, checked to be one line that names the file. */
    private static String failure(Path file) {
        UserInputException e = assertThrows(UserInputException.class, () -> SweepFile.read(file, ALLOWED));
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.contains(file.toString()), message);
        return message;
    }

    private String failure(String yaml) throws IOException {
        return failure(write(yaml));
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
        }
    }

    // --- telling a sweep file from an experiment name

    @ParameterizedTest
    @ValueSource(strings = {"sweep.yaml", "sweeps/my.yml", "SWEEP.YAML", "a.Yml"})
    void aYamlOrYmlEndingInAnyCaseNamesASweepFile(String exp) {
        assertTrue(SweepFile.isSweepFile(exp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"depth-sweep", "sweep.yaml.bak", "yaml", "sweep.json", "list"})
    void anExperimentNameIsNotASweepFile(String exp) {
        assertFalse(SweepFile.isSweepFile(exp));
        assertFalse(SweepFile.isSweepFile(null));
    }

    // --- what a good file gives

    @Test
    void readsTheNameTheDescriptionAndTheSettingsInFileOrder() throws IOException {
        SweepFile sweep = read("""
                name: my-depth-study
                description: tanh vs relu on moons
                width: 16
                dataset: moons
                data.dir: /tmp/data
                """);
        assertEquals("my-depth-study", sweep.name());
        assertEquals("tanh vs relu on moons", sweep.description());
        assertEquals(List.of("width", "dataset", "data.dir"), List.copyOf(sweep.settings().keySet()));
        assertEquals(Map.of("width", "16", "dataset", "moons", "data.dir", "/tmp/data"), sweep.settings());
        assertEquals(dir.resolve("sweep.yaml"), sweep.path());
    }

    @Test
    void aListBecomesItsItemsJoinedWithCommasAsOnTheCommandLine() throws IOException {
        SweepFile sweep = read("""
                name: s
                activations: [tanh, relu]
                depths:
                  - 1
                  - 2
                  - 4
                """);
        assertEquals("tanh,relu", sweep.settings().get("activations"));
        assertEquals("1,2,4", sweep.settings().get("depths"));
    }

    @Test
    void numbersKeepTheTextWrittenInTheFile() throws IOException {
        SweepFile sweep = read("""
                name: s
                lr: 1e-3
                batch: 032
                seeds: 1.0E+1
                init: [1e-3, 0.10]
                """);
        assertEquals("1e-3", sweep.settings().get("lr"));
        assertEquals("032", sweep.settings().get("batch"));
        assertEquals("1.0E+1", sweep.settings().get("seeds"));
        assertEquals("1e-3,0.10", sweep.settings().get("init"));
    }

    @Test
    void aCommaStringARangeAndAYesStayAsWritten() throws IOException {
        SweepFile sweep = read("""
                name: s
                activations: "tanh,relu"
                depths: 1..6
                optimizer: yes
                """);
        assertEquals("tanh,relu", sweep.settings().get("activations"));
        assertEquals("1..6", sweep.settings().get("depths"));
        assertEquals("yes", sweep.settings().get("optimizer"));
    }

    @Test
    void withoutADescriptionTheFileNameDescribesTheSweep() throws IOException {
        assertEquals("sweep from sweep.yaml", read("name: s\n").description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "my-depth_study.v2", "2024", "_draft", "-x"})
    void aNameOfLettersDigitsDotsUnderscoresAndDashesIsAccepted(String name) throws IOException {
        assertEquals(name, read("name: '" + name + "'\n").name());
    }

    @Test
    void theExampleSweepFileReadsWithARealisticAllowedSet() {
        // Surefire runs in the module's folder, where sweeps/ is.
        SweepFile sweep = SweepFile.read(Path.of("sweeps", "example-sweep.yaml"), ALLOWED);
        assertEquals("example-sweep", sweep.name());
        assertEquals("tanh vs relu on moons, depths 1 to 4, width 16", sweep.description());
        assertEquals(Map.of("dataset", "moons", "activations", "tanh,relu", "depths", "1,2,3,4", "width", "16",
                "seeds", "2", "epochs", "60"), sweep.settings());
    }

    // --- values that are not one value or a flat list

    @Test
    void anEmptyListIsAnError() throws IOException {
        assertContains(failure("name: s\nlr: []\n"), "line 2", "'lr' is an empty list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lr: {a: 1}", "lr:\n  a: 1", "lr: [0.1, {a: 1}]"})
    void aNestedMappingIsAnError(String setting) throws IOException {
        assertContains(failure("name: s\n" + setting + "\n"), "line 2", "'lr' holds a nested mapping");
    }

    @Test
    void aListOfListsIsAnError() throws IOException {
        assertContains(failure("name: s\ndepths: [[1, 2], [3]]\n"), "line 2", "'depths' is a list of lists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lr:", "lr: ~", "lr: null", "lr: ''", "lr: [0.1, ~]"})
    void aNullOrEmptyValueIsAnError(String setting) throws IOException {
        assertContains(failure("name: s\n" + setting + "\n"), "line 2", "'lr' has no value");
    }

    @Test
    void aSettingOnSeveralLinesIsAnError() throws IOException {
        assertContains(failure("name: s\nactivations: |\n  tanh\n  relu\n"), "'activations' spans several lines");
    }

    @Test
    void aDescriptionOnSeveralLinesIsAnError() throws IOException {
        assertContains(failure("name: s\ndescription: |\n  one\n  two\n"), "'description' spans several lines");
    }

    @Test
    void anAliasIsAnErrorRatherThanItsAnchorsName() throws IOException {
        assertContains(failure("name: s\nlr: &rate 0.1\ninit: *rate\n"), "line 3", "'init' is the alias *rate");
    }

    // --- keys

    @Test
    void anUnknownKeyIsAnErrorThatListsTheAllowedOnesAndSuggestsTheClosest() throws IOException {
        String message = failure("name: s\nactivation: tanh\n");
        assertContains(message, "line 2", "unknown key 'activation'", "did you mean 'activations'?");
        assertContains(message, "Expected one of: name, description, ");
        for (String key : ALLOWED) {
            assertContains(message, key);
        }
    }

    @Test
    void aKeyTwoEditsAwayGetsASuggestionAndThreeEditsAwayNone() throws IOException {
        assertContains(failure("name: s\ndept: 3\n"), "unknown key 'dept'", "did you mean 'depths'?");
        String far = failure("name: s\ndeep: 3\n");
        assertContains(far, "unknown key 'deep'; expected one of: name, description, ", "seeds", "depths");
        assertFalse(far.contains("did you mean"), far);
    }

    @Test
    void aDuplicateKeyIsAnError() throws IOException {
        assertContains(failure("name: s\nseeds: 1\nseeds: 2\n"), "line 3", "duplicate key 'seeds'");
    }

    // --- the name

    @Test
    void aMissingNameIsAnError() throws IOException {
        assertContains(failure("seeds: 2\n"), "has no 'name'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my sweep", ".hidden", "..", "a/b", "a\\\\b", "*"})
    void aNameThatIsNotASafeFolderNameIsAnError(String name) throws IOException {
        String message = failure("seeds: 2\nname: \"" + name + "\"\n");
        assertContains(message, "line 2", "cannot name the folder results/", "not starting with '.'");
    }

    @Test
    void aListAsTheNameIsAnError() throws IOException {
        assertContains(failure("name: [a, b]\n"), "line 1", "'name' holds a list; expected one line of text");
    }

    // --- files that are not a sweep

    @Test
    void aMissingFileIsAnError() {
        assertContains(failure(dir.resolve("nowhere.yaml")), "does not exist");
    }

    @Test
    void aFolderIsAnError() throws IOException {
        assertContains(failure(Files.createDirectory(dir.resolve("folder.yaml"))), "is a folder");
    }

    @Test
    void aFileThatCannotBeOpenedIsAnError() throws IOException {
        // A loop of links cannot be opened even by root, unlike a file without read permission.
        Path a = dir.resolve("a.yaml");
        Files.createSymbolicLink(a, dir.resolve("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), a);
        assertContains(failure(a), "cannot be read");
    }

    @Test
    void aFileWithoutReadPermissionIsAnError() throws IOException {
        Path file = write("name: s\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        // Root reads every file whatever its mode; there the refusal the OS would give is handed in directly.
        String message = Files.isReadable(file)
                ? SweepFile.readFailure(file, new java.nio.file.AccessDeniedException(file.toString())).getMessage()
                : failure(file);
        assertContains(message, "cannot be read (permission denied)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# only a comment\n"})
    void anEmptyFileIsAnError(String yaml) throws IOException {
        assertContains(failure(yaml), "is empty; expected a YAML mapping");
    }

    @Test
    void aListAtTheTopIsAnError() throws IOException {
        assertContains(failure("- name: s\n- seeds: 2\n"), "holds a list; expected a YAML mapping");
    }

    @Test
    void aSingleValueAtTheTopIsAnError() throws IOException {
        assertContains(failure("depth-sweep\n"), "holds the single value 'depth-sweep'; expected a YAML mapping");
    }

    @Test
    void aSecondDocumentIsAnError() throws IOException {
        assertContains(failure("name: s\n---\nname: t\n"), "line 3", "a second YAML document");
    }

    @Test
    void malformedYamlGivesTheProblemAndItsLineOnOneLine() throws IOException {
        assertContains(failure("name: s\nlr: a: b\n"), "line 2", "not valid YAML", "mapping values are not allowed");
        assertContains(failure("name: s\ndepths: [1, 2\nseeds: 3\n"), "line 3", "not valid YAML");
        // SnakeYAML reports the tab on line 3, where Jackson's own location still points at line 2.
        assertContains(failure("name: s\nseeds: 2\n\tlr: 0.1\n"), "line 3", "not valid YAML", "TAB");
    }

    // --- the record itself

    @Test
    void theRecordRejectsANameThatIsNotAFolderName() {
        assertThrows(IllegalArgumentException.class,
                () -> new SweepFile(Path.of("s.yaml"), ".hidden", "one line", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SweepFile(Path.of("s.yaml"), "ok", "two\nlines", Map.of()));
    }

    @Test
    void theRecordKeepsItsOwnUnmodifiableCopyOfTheSettings() {
        Map<String, String> settings = new HashMap<>(Map.of("seeds", "2"));
        SweepFile sweep = new SweepFile(Path.of("s.yaml"), "s", "one line", settings);
        settings.put("epochs", "5");
        assertEquals(Map.of("seeds", "2"), sweep.settings());
        assertThrows(UnsupportedOperationException.class, () -> sweep.settings().put("lr", "1"));
    }
}
