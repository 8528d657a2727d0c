package org.backproplab.experiments.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The user's {@code -Dname=value} settings, read with a default and checked: every bad value becomes a
 * {@link UserInputException} that names the property, the value and what was expected.
 */
public final class Settings {
    /** The project's own settings with a dot in their name; every other dotted name belongs to the JVM or Maven. */
    static final java.util.Set<String> DOTTED = java.util.Set.of("results.dir", "data.dir");

    /** A whole number as a user types it: digits, an optional sign. */
    public static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?\\d+");
    /**
     * A decimal number as a user types it ({@code 0.1}, {@code .5}, {@code 1e-3}, {@code 2E+1}): not the Java forms
     * that Double.parseDouble takes too ({@code 0x1p-3}, {@code 0.1f}, {@code 0.1d}, {@code NaN}), which would run
     * and be recorded as typed.
     */
    public static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private final Map<String, String> values;
    /** Every name an experiment asked for, so that a near miss (-Depoch for -Depochs) can be caught. */
    private final Set<String> asked = new TreeSet<>(Set.of("exp", "threads"));
    /** Where a value came from when not from -D: a sweep file's name, so that its errors point into the file. */
    private final Map<String, String> origins = new TreeMap<>();
    /** Every setting read and the value it took (the user's, or the default as text): the run's parameters. */
    private final Map<String, String> resolved = new TreeMap<>();

    public Settings(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    /** System properties that a launcher sets, not the user: spark-submit sets SPARK_SUBMIT=true in its driver. */
    public static final Set<String> SET_BY_LAUNCHERS = Set.of("SPARK_SUBMIT");

    /** Settings from the JVM's system properties (where {@code mvn -Dname=value} puts them). */
    public static Settings fromSystemProperties() {
        Properties p = System.getProperties();
        Map<String, String> values = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!SET_BY_LAUNCHERS.contains(name)) {
                values.put(name, p.getProperty(name));
            }
        }
        return new Settings(values);
    }

    /** An integer in [min, max], or {@code fallback} when the property is not set. */
    public int integer(String name, int fallback, int min, int max) {
        String raw = read(name);
        if (raw == null) {
            return resolve(name, fallback);
        }
        String digits = raw.strip();
        if (!WHOLE.matcher(digits).matches()) {
            throw new UserInputException(where(name, raw) + " is not a whole number; expected an integer from "
                    + min + " to " + max);
        }
        // Compared as a BigInteger: 99999999999 is a whole number, only one too large for the setting.
        java.math.BigInteger big = new java.math.BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        if (big.compareTo(java.math.BigInteger.valueOf(min)) < 0 || big.compareTo(java.math.BigInteger.valueOf(max))
                > 0) {
            throw new UserInputException(where(name, raw) + " is out of range; expected an integer from "
                    + min + " to " + max);
        }
        int value = big.intValueExact();
        if (value < min || value > max) {
            throw new UserInputException(where(name, raw) + " is out of range; expected an integer from "
                    + min + " to " + max);
        }
        return resolve(name, value);
    }

    /** A finite number in (0, max], or {@code fallback} when the property is not set. */
    public double positive(String name, double fallback, double max) {
        String raw = read(name);
        if (raw == null) {
            return resolve(name, fallback);
        }
        if (!DECIMAL.matcher(raw.strip()).matches()) {
            throw new UserInputException(where(name, raw) + " is not a number; expected a number in (0, "
                    + max + "]");
        }
        double value = Double.parseDouble(raw.strip());
        if (!(value > 0 && value <= max)) {
            throw new UserInputException(where(name, raw) + " is out of range; expected a number in (0, "
                    + max + "]");
        }
        return resolve(name, value);
    }

    /**
     * A comma-separated list, each item parsed by {@code parse} (whose IllegalArgumentException message is kept,
     * prefixed by the property), or {@code fallback} when the property is not set.
     */
    public <T> List<T> list(String name, List<T> fallback, Function<String, T> parse) {
        String raw = read(name);
        if (raw == null) {
            resolved.put(name, fallback.stream().map(Settings::text).collect(java.util.stream.Collectors.joining(",")));
            return fallback;
        }
        List<T> items = new ArrayList<>();
        for (String item : split(name, raw)) {
            try {
                items.add(parse.apply(item));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(where(name, raw) + ": " + e.getMessage());
            }
        }
        rejectDuplicates(name, raw, items);
        resolved.put(name, raw.strip());
        return List.copyOf(items);
    }

    /**
     * A comma-separated list whose items may each stand for several values (a range such as {@code 1..10}),
     * expanded by {@code parse}; {@code fallback} is text in the same form, so that defaults and user values are
     * read, checked and recorded alike.
     */
    public <T> List<T> items(String name, String fallback, Function<String, List<T>> parse) {
        String raw = read(name);
        String text = raw == null ? fallback : raw;
        List<T> items = new ArrayList<>();
        for (String item : split(name, text)) {
            try {
                items.addAll(parse.apply(item));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(where(name, text) + ": " + e.getMessage());
            }
        }
        rejectDuplicates(name, text, items);
        resolved.put(name, text.strip());
        return List.copyOf(items);
    }

    /**
     * The items of a comma-separated list, stripped. An empty one is refused wherever it stands: {@code 1,,2},
     * {@code ,1} and a lone {@code ,}, and a trailing {@code 1,2,} too (String.split would drop that one without a
     * word, and an empty list with it).
     */
    private List<String> split(String name, String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.isBlank()) {
                throw new UserInputException(where(name, text) + " has an empty item; expected a comma-separated "
                        + "list");
            }
            items.add(item.strip());
        }
        return items;
    }

    /**
     * A value given twice ({@code -Ddepths=2,2}, {@code 1..3,2}, {@code 0.1,0.10}) would make one grid point twice,
     * and its seeds would be counted twice in every mean and test: refused, naming the values.
     */
    private <T> void rejectDuplicates(String name, String raw, List<T> items) {
        java.util.Set<T> seen = new java.util.HashSet<>();
        java.util.Set<String> twice = new java.util.LinkedHashSet<>();
        for (T item : items) {
            if (!seen.add(item)) {
                twice.add(text(item));
            }
        }
        if (!twice.isEmpty()) {
            throw new UserInputException(where(name, raw) + ": " + String.join(", ", twice)
                    + (twice.size() == 1 ? " is" : " are") + " given more than once; expected each value once");
        }
    }

    /** true or false, or {@code fallback} when the property is not set. */
    public boolean bool(String name, boolean fallback) {
        String raw = read(name);
        if (raw == null) {
            return resolve(name, fallback);
        }
        return resolve(name, switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "" -> true;
            case "false", "no", "0" -> false;
            default -> throw new UserInputException(where(name, raw) + " is not true or false; expected true, "
                    + "false, yes, no, 1 or 0");
        });
    }

    /** These settings over {@code defaults}: a name the user set keeps the user's value. */
    public Settings withDefaults(Map<String, String> defaults) {
        return withDefaults(defaults, null);
    }

    /**
     * These settings over {@code defaults} read from {@code origin} (a sweep file): a bad value from there is named
     * as "origin: name: value" rather than as a -D property the user never typed.
     */
    public Settings withDefaults(Map<String, String> defaults, String origin) {
        Map<String, String> merged = new TreeMap<>(defaults);
        merged.putAll(values);
        Settings s = new Settings(merged);
        s.asked.addAll(asked);
        s.origins.putAll(origins);
        if (origin != null) {
            for (String name : defaults.keySet()) {
                if (!values.containsKey(name)) {
                    s.origins.put(name, origin);
                }
            }
        }
        return s;
    }

    /**
     * The settings read so far and the values they took, defaults included: with the code's version, everything
     * that decides the numbers. (JVM and Maven properties are never read, so never in it.)
     */
    public Map<String, String> resolved() {
        return new TreeMap<>(resolved);
    }

    /** How a value is named in an error: {@code -Dname=value}, or {@code file: name: value} from a sweep file. */
    public String where(String name, String raw) {
        String origin = origins.get(name);
        return origin == null ? "-D" + name + "=" + raw : origin + ": " + name + ": " + raw;
    }

    private <T> T resolve(String name, T value) {
        resolved.put(name, text(value));
        return value;
    }

    /** A value as a user would write it: a name for named things (activations, initializers), else its text. */
    private static String text(Object value) {
        if (value instanceof org.backproplab.engine.activation.Activation a) {
            return a.name();
        }
        if (value instanceof org.backproplab.engine.init.Initializer i) {
            return i.name();
        }
        return String.valueOf(value);
    }

    /**
     * Every setting whose name starts with {@code prefix} ({@code spark.}), each counted as read: a runner that
     * hands its whole family to a library (Spark's own configuration) reads them all.
     */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> found = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                asked.add(name);
                found.put(name, value);
            }
        });
        return found;
    }

    /** Whether the user set {@code name}. */
    public boolean has(String name) {
        return read(name) != null;
    }

    private String read(String name) {
        asked.add(name);
        return values.get(name);
    }

    /**
     * Fails on a setting the experiment does not read: a near miss ({@code -Depoch=5} for {@code -Depochs}) gets a
     * "did you mean", anything else the list of the settings there are. Ignoring it without a word would leave the
     * user wondering why nothing changed. Call after the experiment has read its settings. A name with a dot is
     * refused only when it is one of ours ({@link #DOTTED}) that this experiment does not read, or a near miss of
     * one ({@code -Dresults.dri}); any other is the JVM's or Maven's own (java.home, maven.repo.local).
     */
    public void rejectMisspellings() {
        for (String given : values.keySet()) {
            if (asked.contains(given)) {
                continue;
            }
            if (given.contains(".")) {
                // The JVM's and Maven's own properties (java.home, maven.repo.local) are dotted too and cannot be
                // told from a typo by their form, so a dotted name is refused only as a near miss of one of ours.
                if (DOTTED.contains(given)) {
                    throw new UserInputException(where(given, values.get(given)) + " is not a setting of this "
                            + "experiment; expected it only with an experiment that reads it (-D" + given
                            + " goes with -Ddataset=mnist on a training sweep)");
                }
                for (String known : DOTTED) {
                    if (editDistance(given.toLowerCase(Locale.ROOT),
                            known.toLowerCase(Locale.ROOT)) <= 2) {
                        throw new UserInputException(where(given, values.get(given)) + " is not a setting; did you "
                                + "mean -D" + known + "?");
                    }
                }
                continue;
            }
            for (String known : asked) {
                int allowed = known.length() < 5 ? 1 : 2;
                if (editDistance(given.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT)) <= allowed) {
                    throw new UserInputException(where(given, values.get(given)) + " is not a setting of this "
                            + "experiment; did you mean -D" + known + "?");
                }
            }
            List<String> settings = asked.stream().filter(n -> !n.contains(".") && !n.equals("exp")).toList();
            throw new UserInputException(where(given, values.get(given)) + " is not a setting of this experiment; "
                    + "expected one of: " + String.join(", ", settings));
        }
    }

    /** Levenshtein distance: insertions, deletions and substitutions, one each. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** The raw value, or {@code fallback}. */
    public String string(String name, String fallback) {
        String raw = read(name);
        String value = raw == null ? fallback : raw;
        if (value != null) {
            resolved.put(name, value);
        }
        return value;
    }
}
