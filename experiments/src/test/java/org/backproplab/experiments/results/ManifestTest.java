package org.backproplab.experiments.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.backproplab.experiments.recipe.GitCommit;
import org.backproplab.experiments.recipe.Versions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant END = Instant.parse("2025-03-01T10:01:30.250Z");
    private static final String HASH_A = "a".repeat(40);
    private static final String HASH_B = "b".repeat(40);

    @TempDir
    Path dir;

    private static Manifest manifest(Map<String, String> parameters) {
        return new Manifest("depth-sweep", parameters, 4, START, END);
    }

    private JsonNode writeAndRead(Manifest m) throws IOException {
        Path file = dir.resolve("manifest.json");
        m.write(file);
        return new ObjectMapper().readTree(file.toFile());
    }

    // ---- the manifest itself ----

    @Test
    void theWrittenJsonReadsBackWithEveryField() throws IOException {
        JsonNode json = writeAndRead(manifest(Map.of("epochs", "3", "seeds", "2")));

        assertEquals("depth-sweep", json.get("experiment").asText());
        assertEquals("3", json.get("parameters").get("epochs").asText());
        assertEquals("2", json.get("parameters").get("seeds").asText());
        assertEquals(4, json.get("threads").asInt());
        JsonNode versions = json.get("versions");
        assertEquals(Versions.current().project(), versions.get("project").asText());
        assertEquals(System.getProperty("java.version"), versions.get("java").asText());
        assertEquals(System.getProperty("java.vendor"), versions.get("javaVendor").asText());
        assertEquals(Versions.current().dl4j(), versions.get("dl4j").asText());
        assertTrue(json.has("git"), "git is written, as null when unknown");
        if (!json.get("git").isNull()) {
            assertTrue(json.get("git").get("commit").asText().matches("[0-9a-f]{40,64}"), json.toString());
            assertTrue(json.get("git").has("dirty"), json.toString());
        }
        JsonNode machine = json.get("machine");
        assertEquals(Runtime.getRuntime().availableProcessors(), machine.get("cores").asInt());
        assertEquals(System.getProperty("os.name"), machine.get("os").asText());
        assertEquals(System.getProperty("os.version"), machine.get("osVersion").asText());
        assertEquals(System.getProperty("os.arch"), machine.get("arch").asText());
        // Maven's surefire runs tests with the Vector API, as the launcher runs exec:java's experiment with it
        assertTrue(machine.get("matrixKernel").asText().startsWith("Vector API"), machine.toString());
        assertEquals("2025-03-01T10:00:00Z", json.get("start").asText());
        assertEquals(END, Instant.parse(json.get("end").asText()));
        assertTrue(json.get("durationSeconds").isNumber(), json.toString());
    }

    @Test
    void parametersAreWrittenSortedByNameAndCopied() throws IOException {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("seeds", "2");
        given.put("activations", "tanh,relu");
        given.put("maxDepth", "5");
        Manifest m = manifest(given);
        given.put("epochs", "99"); // a later change to the caller's map must not reach the manifest

        List<String> names = new ArrayList<>();
        writeAndRead(m).get("parameters").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("activations", "maxDepth", "seeds"), names);
    }

    @Test
    void durationIsEndMinusStartInSeconds() throws IOException {
        assertEquals(90.25, manifest(Map.of()).durationSeconds(), 1e-9);
        assertEquals(90.25, writeAndRead(manifest(Map.of())).get("durationSeconds").asDouble(), 1e-9);
    }

    @Test
    void anEndBeforeTheStartOrNoThreadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Manifest("x", Map.of(), 1, END, START));
        assertThrows(IllegalArgumentException.class, () -> new Manifest("x", Map.of(), 0, START, END));
    }

    @Test
    void writingLeavesOnlyTheManifestAndReplacesAnOldOne() throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, "old");
        manifest(Map.of("epochs", "3")).write(file);

        assertEquals(List.of(file), filesIn(dir));
        assertEquals("depth-sweep", new ObjectMapper().readTree(file.toFile()).get("experiment").asText());
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.createDirectories(file.resolve("in-the-way")); // a non-empty folder cannot be replaced by a file
        assertThrows(IOException.class, () -> manifest(Map.of()).write(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    // ---- versions ----

    @Test
    void theVersionsResourceIsFilteredWithThePomsVersions() throws Exception {
        // Surefire runs in the module's folder: pom.xml is this module's, ../pom.xml the parent's.
        var xpath = XPathFactory.newInstance().newXPath();
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        String projectVersion = xpath.evaluate("/project/parent/version", parser.parse(Path.of("pom.xml").toFile()));
        String dl4jVersion = xpath.evaluate("/project/properties/dl4j.version",
                parser.parse(Path.of("../pom.xml").toFile()));

        assertFalse(projectVersion.isBlank());
        assertEquals(projectVersion.trim(), Versions.current().project());
        assertEquals(dl4jVersion.trim(), Versions.current().dl4j());
    }

    @Test
    void anUnfilteredOrMissingVersionReadsUnknown() {
        Properties p = new Properties();
        p.setProperty("project.version", "${project.version}");
        assertEquals("unknown", Versions.value(p, "project.version"));
        assertEquals("unknown", Versions.value(p, "dl4j.version"));
        p.setProperty("dl4j.version", "1.0.0-M2.1");
        assertEquals("1.0.0-M2.1", Versions.value(p, "dl4j.version"));
    }

    // ---- git commit, from a fake .git folder ----

    private Path fakeGit(Path root, String head) throws IOException {
        Path git = Files.createDirectories(root.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), head + "\n");
        return git;
    }

    @Test
    void aBranchIsReadFromItsLooseRef() throws IOException {
        Path git = fakeGit(dir, "ref: refs/heads/feature/x");
        Files.createDirectories(git.resolve("refs/heads/feature"));
        Files.writeString(git.resolve("refs/heads/feature/x"), HASH_A + "\n");
        // the packed entry is stale: git writes a loose ref when the branch moves on
        Files.writeString(git.resolve("packed-refs"), HASH_B + " refs/heads/feature/x\n");

        GitCommit commit = GitCommit.find(dir);
        assertNotNull(commit);
        assertEquals(HASH_A, commit.hash());
        assertNull(commit.dirty(), "a fake .git is no repository git can read");
    }

    @Test
    void aBranchIsReadFromPackedRefs() throws IOException {
        Path git = fakeGit(dir, "ref: refs/heads/main");
        Files.writeString(git.resolve("packed-refs"), String.join("\n",
                "# pack-refs with: peeled fully-peeled sorted ",
                HASH_B + " refs/heads/mainline",
                HASH_A + " refs/heads/main",
                "^" + HASH_B,
                ""));
        assertEquals(HASH_A, GitCommit.find(dir).hash());
    }

    @Test
    void aDetachedHeadIsTheHashItself() throws IOException {
        fakeGit(dir, HASH_B);
        assertEquals(HASH_B, GitCommit.find(dir).hash());
    }

    @Test
    void theRepositoryIsFoundFromASubfolder() throws IOException {
        fakeGit(dir, HASH_B);
        assertEquals(HASH_B, GitCommit.find(Files.createDirectories(dir.resolve("experiments/target"))).hash());
    }

    @Test
    void aLinkedWorktreeReadsItsHeadAndTheSharedBranches() throws IOException {
        Path main = fakeGit(dir.resolve("main"), "ref: refs/heads/main");
        Files.createDirectories(main.resolve("refs/heads"));
        Files.writeString(main.resolve("refs/heads/topic"), HASH_A + "\n");
        Path linked = Files.createDirectories(main.resolve("worktrees/wt"));
        Files.writeString(linked.resolve("HEAD"), "ref: refs/heads/topic\n");
        Files.writeString(linked.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/wt\n");

        assertEquals(HASH_A, GitCommit.find(worktree).hash());
    }

    @Test
    void noRepositoryOrAnUnreadableHeadGivesNull() throws IOException {
        assumeTrue(noGitAbove(dir), "the temp folder lies inside a git repository");
        assertNull(GitCommit.find(dir));
        fakeGit(dir, "ref: refs/heads/never-committed");
        assertNull(GitCommit.find(dir));
        fakeGit(dir, "not a hash");
        assertNull(GitCommit.find(dir));
    }

    private static boolean noGitAbove(Path path) {
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return false;
            }
        }
        return true;
    }

    // ---- git commit and dirty, from a real repository (skipped where git is not installed) ----

    @Test
    void aRealRepositoryGivesItsHeadAndWhetherItIsDirty() throws Exception {
        assumeTrue(git(dir, "--version") != null, "git is not on the PATH");
        git(dir, "init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        git(dir, "add", "a.txt");
        git(dir, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "a");
        String head = git(dir, "rev-parse", "HEAD").trim();

        assertEquals(new GitCommit(head, false), GitCommit.find(dir));
        git(dir, "pack-refs", "--all"); // the branch now lives in packed-refs only
        Files.writeString(dir.resolve("new.txt"), "untracked files count too");
        assertEquals(new GitCommit(head, true), GitCommit.find(dir));
    }

    /** Runs git in {@code folder}; its standard output, or null when git could not run or failed. */
    private static String git(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }
}
