package org.backproplab.experiments.recipe;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The commit a result was produced from, and whether the working tree differed from it ({@code dirty}; null when
 * that could not be found out). The hash is read from the files under {@code .git} rather than from the
 * {@code git} command, so a machine without git still records it; only {@code dirty} needs the command.
 * Nothing here throws: a run never fails because its provenance is incomplete.
 */
public record GitCommit(String hash, Boolean dirty) {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?"); // SHA-1 or SHA-256
    private static final long STATUS_TIMEOUT_SECONDS = 2;

    /** Where git keeps its files, and the folder whose state they describe. */
    private record Repository(Path gitDir, Path workTree) {
    }

    /** The commit of the repository holding the working directory, or null when there is none. */
    static GitCommit current() {
        return find(Path.of(System.getProperty("user.dir")));
    }

    /** The commit of the repository holding {@code start} (or an ancestor of it), or null when unknown. */
    public static GitCommit find(Path start) {
        try {
            Repository repo = locate(start);
            String hash = repo == null ? null : head(repo.gitDir());
            return hash == null ? null : new GitCommit(hash, dirty(repo));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Repository locate(Path start) throws IOException {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return new Repository(dotGit, dir);
            }
            if (Files.isRegularFile(dotGit)) {
                // A linked worktree or a submodule: the file says "gitdir: PATH", PATH maybe relative to dir.
                String line = firstLine(dotGit);
                return line != null && line.startsWith("gitdir:")
                        ? new Repository(dir.resolve(line.substring("gitdir:".length()).trim()).normalize(), dir)
                        : null;
            }
        }
        return null;
    }

    /** HEAD is either "ref: refs/heads/NAME" or, when detached, the hash itself. */
    private static String head(Path gitDir) throws IOException {
        String head = firstLine(gitDir.resolve("HEAD"));
        if (head == null) {
            return null;
        }
        if (head.startsWith("ref:")) {
            return resolve(gitDir, head.substring("ref:".length()).trim());
        }
        return HASH.matcher(head).matches() ? head : null;
    }

    /**
     * A branch is a loose file under refs/ until {@code git gc} moves it into packed-refs. A linked worktree
     * keeps its own HEAD but shares the branches of the main repository, which its "commondir" file names.
     */
    private static String resolve(Path gitDir, String ref) throws IOException {
        Path commonDirFile = gitDir.resolve("commondir");
        Path commonDir = Files.isRegularFile(commonDirFile)
                ? gitDir.resolve(firstLine(commonDirFile)).normalize()
                : gitDir;
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(ref);
            String hash = Files.isRegularFile(loose) ? firstLine(loose) : null;
            if (hash != null && HASH.matcher(hash).matches()) {
                return hash;
            }
            Path packed = dir.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                // Lines are "HASH REF"; '#' starts the header and '^' the peeled target of the tag above.
                for (String line : Files.readAllLines(packed)) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 2 && parts[1].equals(ref) && HASH.matcher(parts[0]).matches()) {
                        return parts[0];
                    }
                }
            }
        }
        return null;
    }

    /**
     * Asks {@code git status} whether anything is uncommitted, untracked files included: they can change a
     * result too. GIT_DIR pins the repository we read, so git never wanders up to another one.
     */
    private static Boolean dirty(Repository repo) {
        Path out = null;
        try {
            out = Files.createTempFile("git-status", ".txt"); // a file never fills up and blocks git, as a pipe can
            ProcessBuilder builder = new ProcessBuilder("git", "status", "--porcelain")
                    .directory(repo.workTree().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(Redirect.DISCARD);
            builder.environment().put("GIT_DIR", repo.gitDir().toString());
            builder.environment().put("GIT_WORK_TREE", repo.workTree().toString());
            builder.environment().put("GIT_OPTIONAL_LOCKS", "0"); // read only: do not refresh the index
            Process git = builder.start();
            if (!git.waitFor(STATUS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            if (git.exitValue() != 0) {
                return null;
            }
            return Files.size(out) > 0;
        } catch (IOException | RuntimeException e) {
            return null; // no git on the PATH, or a folder it refuses
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            deleteQuietly(out);
        }
    }

    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.isEmpty() ? null : lines.get(0).trim();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover file in the temp folder is harmless.
        }
    }
}
