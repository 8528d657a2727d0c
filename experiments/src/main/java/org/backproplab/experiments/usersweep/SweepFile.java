package org.backproplab.experiments.usersweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.results.ResultsFolder;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A user's sweep read from YAML: its name and its settings, as the -D settings would give them. A list becomes
 * the comma-separated string {@code -Dactivations=tanh,relu} would give, so the values then go through
 * {@link Settings} like any other and a bad one ({@code sigmoidd}) is named there, not here.
 *
 * <p>The file is read token by token rather than as a Jackson tree because the tree would normalize numbers
 * ({@code 1e-3} to {@code 0.001}, {@code 0.10} to {@code 0.1}): the streaming parser gives each scalar's text as
 * written, so a later error names the value the user can find in the file.
 */
public record SweepFile(Path path, String name, String description, Map<String, String> settings) {
    /**
     * results/NAME is a folder: ASCII only, so it means the same on every file system and needs no quoting in a
     * shell; a leading '.' is kept for ResultsFolder's hidden staging folders (and rules out "." and "..").
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final String NAME_RULE = "letters, digits, '.', '_' or '-', not starting with '.'";
    private static final String A_YAML_FILE = "a YAML file such as experiments/sweeps/example-sweep.yaml";

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public SweepFile {
        Objects.requireNonNull(path, "path");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("sweep name '" + name + "': expected " + NAME_RULE);
        }
        if (description == null || description.isBlank() || !isOneLine(description)) {
            throw new IllegalArgumentException("sweep description '" + description + "': expected one line of text");
        }
        // Kept in file order, so a report can list the settings as the user wrote them.
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Whether an -Dexp value names a sweep file rather than an experiment: ends with .yaml or .yml (any case). */
    public static boolean isSweepFile(String exp) {
        if (exp == null) {
            return false;
        }
        String lower = exp.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** Reads and checks the file; allowed = the setting names a sweep may carry (besides name and description). */
    public static SweepFile read(Path path, Set<String> allowed) {
        if (Files.isDirectory(path)) {
            throw fileProblem(path, "is a folder; expected " + A_YAML_FILE);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A named pipe would block the read until something writes to it, that is forever.
            throw fileProblem(path, "is not a regular file (a pipe, a socket or a device); expected " + A_YAML_FILE);
        }
        try (InputStream in = Files.newInputStream(path); YAMLParser yaml = YAML.createParser(in)) {
            return new Reader(path, yaml, allowed).read();
        } catch (IOException e) {
            throw readFailure(path, e);
        }
    }

    /** What went wrong reading {@code path}, as the one line the user sees. */
    static UserInputException readFailure(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return fileProblem(path, "does not exist; expected " + A_YAML_FILE);
        }
        if (e instanceof AccessDeniedException) {
            return unreadable(path, "permission denied");
        }
        if (e instanceof JsonProcessingException json) {
            return parseProblem(path, json);
        }
        return unreadable(path, e instanceof FileSystemException f ? f.getReason() : e.getMessage());
    }

    /** One pass over the tokens of one file; fields so that every error can name the file and the line. */
    private static final class Reader {
        private final Path path;
        private final YAMLParser yaml;
        private final Set<String> allowed;
        private int line;

        Reader(Path path, YAMLParser yaml, Set<String> allowed) {
            this.path = path;
            this.yaml = yaml;
            this.allowed = allowed;
        }

        SweepFile read() throws IOException {
            JsonToken first = yaml.nextToken();
            if (first == null) {
                throw fileProblem(path, "is empty; expected a YAML mapping such as 'name: my-sweep'");
            }
            if (first != JsonToken.START_OBJECT) {
                String found = first == JsonToken.START_ARRAY ? "a list" : "the single value '" + yaml.getText() + "'";
                throw fileProblem(path, "holds " + found + "; expected a YAML mapping such as 'name: my-sweep'");
            }
            String name = null;
            int nameLine = 0;
            String description = "sweep from " + path.getFileName();
            Map<String, String> settings = new LinkedHashMap<>();
            while (yaml.nextToken() == JsonToken.FIELD_NAME) {
                String key = yaml.currentName();
                line = yaml.currentTokenLocation().getLineNr();
                checkKnown(key);
                yaml.nextToken();
                if (key.equals("name")) {
                    name = scalar(key);
                    nameLine = line;
                } else if (key.equals("description")) {
                    description = scalar(key);
                } else {
                    settings.put(key, value(key));
                }
            }
            if (yaml.nextToken() != null) {
                line = yaml.currentTokenLocation().getLineNr();
                throw problem("a second YAML document starts here; expected one document per sweep file");
            }
            if (name == null) {
                throw fileProblem(path, "has no 'name'; expected e.g. 'name: my-sweep' (results go to results/<name>)");
            }
            if (!NAME.matcher(name).matches()) {
                line = nameLine;
                throw problem("name '" + name + "' cannot name the folder results/" + name + "; expected " + NAME_RULE);
            }
            if (name.length() > ResultsFolder.MAX_NAME) {
                line = nameLine;
                throw problem("name '" + name + "' is too long for a folder name (" + name.length() + " characters); "
                        + "expected at most " + ResultsFolder.MAX_NAME);
            }
            return new SweepFile(path, name, description, settings);
        }

        private void checkKnown(String key) {
            if (key.equals("name") || key.equals("description") || allowed.contains(key)) {
                return;
            }
            List<String> keys = new ArrayList<>(List.of("name", "description"));
            keys.addAll(new TreeSet<>(allowed));
            String closest = null;
            int best = Integer.MAX_VALUE;
            for (String k : keys) {
                int d = Settings.editDistance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
                // Within 2 edits, 1 for a short key as on the command line: further off ('<<' for 'lr'), a guess
                // misleads more than it helps.
                if (d < best && d <= (k.length() < 5 ? 1 : 2)) {
                    best = d;
                    closest = k;
                }
            }
            String hint = closest == null ? "; expected" : "; did you mean '" + closest + "'? Expected";
            throw problem("unknown key '" + key + "'" + hint + " one of: " + String.join(", ", keys));
        }

        /** A setting: one value, or a flat list joined with commas as on the command line. */
        private String value(String key) throws IOException {
            if (yaml.currentToken() != JsonToken.START_ARRAY) {
                return scalar(key);
            }
            List<String> items = new ArrayList<>();
            for (JsonToken t = yaml.nextToken(); t != JsonToken.END_ARRAY; t = yaml.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    throw problem("'" + key + "' is a list of lists; expected a flat list such as [1, 2, 4]");
                }
                items.add(scalar(key));
            }
            if (items.isEmpty()) {
                throw problem("'" + key + "' is an empty list; expected at least one value, such as [1, 2]");
            }
            return String.join(",", items);
        }

        /** One value's text as written in the file (quotes removed), or an error for anything that is not one. */
        private String scalar(String key) throws IOException {
            JsonToken t = yaml.currentToken();
            String expected = key.equals("name") || key.equals("description") ? "one line of text"
                    : "a value or a flat list of values";
            if (t == JsonToken.START_OBJECT) {
                throw problem("'" + key + "' holds a nested mapping; expected " + expected);
            }
            if (t == JsonToken.START_ARRAY) {
                throw problem("'" + key + "' holds a list; expected " + expected);
            }
            if (yaml.isCurrentAlias()) {
                // Jackson gives an alias as its anchor's name, which would pass for a value without a word.
                throw problem("'" + key + "' is the alias *" + yaml.getText() + "; expected the value written out");
            }
            // "key:" comes as an empty string, "key: ~" as null: both leave a setting without a value.
            String text = t == JsonToken.VALUE_NULL ? "" : yaml.getText().strip();
            if (text.isEmpty()) {
                throw problem("'" + key + "' has no value; expected " + expected);
            }
            if (!isOneLine(text)) {
                throw problem("'" + key + "' spans several lines; expected one line");
            }
            return text;
        }

        private UserInputException problem(String what) {
            return new UserInputException("sweep file " + path + ", line " + line + ": " + what);
        }
    }

    private static UserInputException fileProblem(Path path, String what) {
        return new UserInputException("sweep file " + path + " " + what);
    }

    private static UserInputException unreadable(Path path, String reason) {
        return fileProblem(path, "cannot be read (" + firstLine(reason) + "); expected a readable YAML file");
    }

    /** Jackson's and SnakeYAML's messages run over several lines with a snippet; keep the problem and its line. */
    private static UserInputException parseProblem(Path path, JsonProcessingException e) {
        String what;
        long line;
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            // SnakeYAML knows where the problem is; Jackson's location can be the token before it.
            Mark at = yaml.getProblemMark();
            line = at == null ? lineOf(e) : at.getLine() + 1;
            Mark from = yaml.getContextMark();
            String context = yaml.getContext() == null ? ""
                    : " (" + yaml.getContext() + (from == null ? "" : " from line " + (from.getLine() + 1)) + ")";
            what = "not valid YAML: " + firstLine(yaml.getProblem()) + context;
        } else if (e.getCause() instanceof ReaderException bad) {
            // A character YAML forbids (a NUL, a control character); Jackson puts it on line 1 whatever its line.
            line = lineOfCharacter(path, bad.getPosition());
            what = String.format(Locale.ROOT, "not valid YAML: the character U+%04X is not allowed; expected "
                    + "printable text", bad.getCodePoint());
        } else if (causedBy(e, CharConversionException.class)) {
            line = firstLineNotUtf8(path);
            what = "is not UTF-8 text; expected a file saved as UTF-8";
        } else {
            what = firstLine(e.getOriginalMessage())
                    .replaceFirst("^([a-z]\\w*\\.)+[A-Z]\\w*: ", "") // a wrapped exception's class name
                    .replaceFirst("^Duplicate field (.*)", "duplicate key $1; expected each key once")
                    // "? [a, b]" makes a key of a list; Jackson's message names SnakeYAML's event classes.
                    .replaceFirst("^Expected a field name .*", "a key that is a list or a mapping; expected plain "
                            + "keys such as 'name' or 'seeds'");
            line = lineOf(e);
        }
        return new UserInputException("sweep file " + path + ", line " + line + ": " + what);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The line of the {@code position}-th character (counted from 0) of {@code path}, or 0 if unreadable. */
    private static long lineOfCharacter(Path path, int position) {
        try {
            String text = new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8);
            return 1 + text.codePoints().limit(position).filter(c -> c == '\n').count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The first line of {@code path} that is not UTF-8, or 0 if unreadable. */
    private static long firstLineNotUtf8(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            long line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                                .decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                    } catch (java.nio.charset.CharacterCodingException notUtf8) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        return text.strip().lines().findFirst().orElse("no reason given");
    }

    /** A value on several lines (a YAML block scalar) would make a later error message several lines long. */
    private static boolean isOneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }
}
