package org.backproplab.experiments.exercise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One study the write-up reads, at the settings it needs: a study's name, the folder under {@code results/} it
 * writes ({@code relu-family-deep} for the ReLU family at 20 layers), the settings that differ from the study's
 * defaults, and those its quick version adds.
 */
public record Source(String study, String folder, Map<String, String> settings, Map<String, String> quick) {
    public Source {
        settings = Map.copyOf(settings);
        quick = Map.copyOf(quick);
    }

    /** A study at its defaults, in its own folder. */
    public static Source of(String study) {
        return new Source(study, study, Map.of(), Map.of());
    }

    /** The folder under {@code results/}: the quick version's gets its own, never replacing a full run's. */
    public String folder(boolean quickly) {
        return quickly ? folder + "-quick" : folder;
    }

    /** Its settings as {@code -D} values, with what decides where it goes (out, results.dir, threads). */
    public Map<String, String> settings(boolean quickly, Map<String, String> where) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        if (quickly) {
            s.put("quick", "true");
            s.putAll(quick);
        }
        s.putAll(where);
        s.put("out", folder(quickly));
        return s;
    }
}
