package org.backproplab.experiments.exercise;

import java.util.List;
import java.util.Map;

/** What the write-up is written from: every study's published results, by the folder it wrote. */
public record ExerciseResults(Map<String, Published> studies, boolean quick) {
    public ExerciseResults {
        studies = Map.copyOf(studies);
    }

    /** The results of the source whose folder (without the quick version's suffix) is {@code folder}. */
    public Published study(String folder) {
        Published p = studies.get(folder);
        if (p == null) {
            throw new IllegalStateException("the write-up has no study " + folder);
        }
        return p;
    }

    public List<Published> inOrder(List<Source> sources) {
        return sources.stream().map(s -> study(s.folder())).toList();
    }
}
