package org.backproplab.experiments.run;

/**
 * The axes every training sweep is declared on, by the {@code -D} name that overrides each. The ones that may hold
 * several values (a comma list or a range such as {@code 1..10}) are the sweep's grid; the others are single.
 */
public enum Axis {
    DATASET("dataset", false),
    ACTIVATIONS("activations", true),
    DEPTHS("depths", true),
    WIDTH("width", true),
    LR("lr", true),
    BATCH("batch", true),
    INIT("init", true),
    OPTIMIZER("optimizer", true),
    EPOCHS("epochs", false),
    SEEDS("seeds", false);

    private final String setting;
    private final boolean listable;

    Axis(String setting, boolean listable) {
        this.setting = setting;
        this.listable = listable;
    }

    /** The name given as {@code -Dname=...} or as a key of a sweep file. */
    public String setting() {
        return setting;
    }

    /** Whether the axis can take several values in one sweep. */
    public boolean listable() {
        return listable;
    }

    public static java.util.Set<String> settings() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Axis a : values()) {
            names.add(a.setting);
        }
        return names;
    }
}
