package org.backproplab.experiments.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code results/index.md}: every experiment that has been run, each with its report's title, a link to the
 * report, when it ran and its headline figure (the report's first). Rebuilt from the folders after every run, so
 * it never lists results that are gone, nor misses one run under {@code -Dout}.
 */
public final class ResultsIndex {
    static final String FILE = "index.md";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)]+)\\)");
    private static final Pattern END = Pattern.compile("\"end\"\\s*:\\s*\"([^\"]+)\"");

    private ResultsIndex() {
    }

    /** One experiment's entry, read from its folder. */
    record Entry(String folder, String title, String ended, String figureAlt, String figure) {
    }

    public static void write(Path root) throws IOException {
        List<Entry> entries = entries(root);
        StringBuilder md = new StringBuilder("# Results\n\n");
        md.append("Every experiment run into this folder, newest results of each; rebuilt after every run.\n\n");
        if (entries.isEmpty()) {
            md.append("Nothing has been run yet: `mvn -pl experiments exec:java -Dexp=depth-sweep`.\n");
        }
        for (Entry e : entries) {
            md.append("## [").append(e.title()).append("](").append(e.folder()).append("/REPORT.md)\n\n");
            md.append("`results/").append(e.folder()).append("`").append(e.ended().isEmpty() ? ""
                    : ", run " + e.ended()).append("\n\n");
            if (e.figure() != null) {
                md.append("![").append(e.figureAlt()).append("](").append(e.folder()).append('/')
                        .append(e.figure()).append(")\n\n");
            }
        }
        Path index = root.resolve(FILE);
        if (Files.exists(index, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(index,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // Something else has taken the index's name (a folder, a link): it is not ours to delete.
            throw new IOException(index + " is not a file; the index cannot be written there (move it away)");
        }
        org.backproplab.experiments.execution.AtomicFile.write(index, md.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<Entry> entries(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                Path report = folder.resolve("REPORT.md");
                if (name.startsWith(".") || !Files.isRegularFile(report)) {
                    continue;
                }
                String text = Files.readString(report);
                String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2))
                        .orElse(name);
                Matcher image = IMAGE.matcher(text);
                boolean hasImage = image.find();
                Path manifest = folder.resolve("manifest.json");
                String ended = "";
                if (Files.isRegularFile(manifest)) {
                    Matcher end = END.matcher(Files.readString(manifest));
                    ended = end.find() ? end.group(1).replaceAll("\\.\\d+Z$", "Z") : "";
                }
                entries.add(new Entry(name, title, ended, hasImage ? image.group(1) : null,
                        hasImage ? image.group(2) : null));
            }
        }
        return entries;
    }
}
