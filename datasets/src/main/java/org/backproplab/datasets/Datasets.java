package org.backproplab.datasets;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The generated sets by name, for user settings such as {@code -Ddataset=spirals}: each name gives that set's
 * {@code standard(seed)} parameters. A mistyped name is one line naming it and listing the valid ones.
 */
public final class Datasets {
    /** The seed {@link #parse(String)} uses, so that a name alone always means the same points. */
    public static final long DEFAULT_SEED = 42;

    private static final List<String> NAMES = List.of("spirals", "circles", "moons", "xor");

    private Datasets() {
    }

    /** The valid names, in the order error messages list them. */
    public static List<String> names() {
        return NAMES;
    }

    /** The standard set called {@code name} (case and blanks around it ignored), seeded with {@link #DEFAULT_SEED}. */
    public static Synthetic parse(String name) {
        return parse(name, DEFAULT_SEED);
    }

    /**
     * The standard set called {@code name} (case and surrounding blanks ignored), seeded with {@code seed}.
     *
     * @throws IllegalArgumentException naming {@code name} and the valid names, if it is none of them
     */
    public static Synthetic parse(String name, long seed) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        LongFunction<Synthetic> standard = switch (key) {
            case "spirals" -> Spirals::standard;
            case "circles" -> Circles::standard;
            case "moons" -> Moons::standard;
            case "xor" -> Xor::standard;
            default -> throw new IllegalArgumentException(
                    "unknown dataset '" + name + "'; expected one of: " + String.join(", ", NAMES));
        };
        return standard.apply(seed);
    }
}
