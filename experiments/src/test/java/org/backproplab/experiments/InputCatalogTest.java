package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.backproplab.experiments.InputCatalog.Case;
import org.backproplab.experiments.InputCatalog.Fixture;
import org.backproplab.experiments.cli.UserInputException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of {@link InputCatalog}, run through {@link Main} as the command line would, keeps the project's
 * promise to a user who got it wrong: exit status 2, exactly one line on stderr, starting {@code error: } and naming
 * the bad value and what was expected, no stack trace, and not one byte changed outside the results of a run (an
 * earlier {@code results/depth-sweep/} exactly as it was, no staging folder left behind, nothing written in the
 * working directory). A valid input of the catalogue must run (exit 0) and touch nothing but its own results.
 */
class InputCatalogTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> catalog() {
        List<Case> all = InputCatalog.all();
        List<Arguments> args = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String input = UserInputException.visible(all.get(i).input());
            args.add(Arguments.of(i + 1, input.length() > 100 ? input.substring(0, 100) + "..." : input, all.get(i)));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "#{0} {1}")
    @MethodSource("catalog")
    void keepsThePromiseToAUserWhoGotItWrong(int number, String input, Case c) throws IOException {
        Outcome o = run(c, tmp);
        assertEquals(List.of(), o.problems(), "#" + number + " " + input + "\nstderr: " + o.err());
    }

    /** What a case gave: exit code, stderr, and every way it broke the promise (none when it kept it). */
    record Outcome(int code, String err, List<String> problems) {
    }

    /** Runs {@code c} in a fresh folder under {@code tmp} (static, so that a listing of the outcomes can use it). */
    static Outcome run(Case c, Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path results = Files.createDirectories(tmp.resolve("results"));
        Files.createDirectories(results.resolve("depth-sweep"));
        Files.writeString(results.resolve("depth-sweep/summary.csv"), "activation,depth\nrelu,1\n");
        Files.writeString(results.resolve("depth-sweep/manifest.json"), "{\"experiment\": \"depth-sweep\"}");
        for (Fixture f : c.files()) {
            Path p = in.resolve(f.name()).normalize();
            Files.createDirectories(f.bytes() == null ? p : p.getParent());
            if (f.bytes() != null) {
                Files.write(p, f.template() ? new String(f.bytes(), StandardCharsets.UTF_8).replace("{in}",
                        in.toString()).getBytes(StandardCharsets.UTF_8) : f.bytes());
            }
        }
        String where = in.toString();
        List<String> settings = c.settings().stream().map(s -> s.replace("{in}", where)).toList();
        Map<String, String> before = snapshot(tmp);
        List<String> workingDir = listing(Path.of(""));

        MainHarness main = new MainHarness();
        int code = main.run(results, c.exp().replace("{in}", where), settings.toArray(String[]::new));
        String err = main.err();

        List<String> problems = new ArrayList<>();
        Map<String, String> after = snapshot(tmp);
        if (code != c.code()) {
            problems.add("exit " + code + ", expected " + c.code());
        }
        if (err.contains("\tat ") || err.contains("Exception in thread")) {
            problems.add("a stack trace");
        }
        if (c.code() == 2) {
            if (err.lines().count() != 1) {
                problems.add(err.lines().count() + " lines on stderr, expected 1");
            }
            if (!err.startsWith("error: ")) {
                problems.add("the line does not start with 'error: '");
            }
            String says = c.says().replace("{in}", where);
            if (!err.contains(says)) {
                problems.add("the line does not say: " + says);
            }
            if (!before.equals(after)) {
                problems.add("files changed: " + changes(before, after));
            }
        } else {
            if (!err.isEmpty()) {
                problems.add("stderr is not empty");
            }
            // Its own results and the index may appear; nothing else may change.
            after.keySet().removeIf(p -> p.startsWith("results/") && !p.startsWith("results/depth-sweep/")
                    && !before.containsKey(p) && !p.startsWith("results/."));
            after.remove("results/index.md");
            if (!before.equals(after)) {
                problems.add("files changed: " + changes(before, after));
            }
        }
        if (!workingDir.equals(listing(Path.of("")))) {
            problems.add("the working directory changed");
        }
        return new Outcome(code, err, problems);
    }

    /** Every file and folder under {@code root}, by relative path, with a digest of its bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                files.put(name + (Files.isDirectory(p) ? "/" : ""), Files.isRegularFile(p) ? digest(p) : "");
            }
        }
        return files;
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (String p : before.keySet()) {
            if (!after.containsKey(p)) {
                out.add("-" + p);
            } else if (!before.get(p).equals(after.get(p))) {
                out.add("~" + p);
            }
        }
        for (String p : after.keySet()) {
            if (!before.containsKey(p)) {
                out.add("+" + p);
            }
        }
        return String.join(" ", out);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
