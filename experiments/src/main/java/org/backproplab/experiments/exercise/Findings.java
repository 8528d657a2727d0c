package org.backproplab.experiments.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A study's own findings, read from its REPORT.md: the bullets its "What it shows" section computed from its runs.
 * The write-up quotes them where a study already answers a question in full, rather than computing it twice.
 */
final class Findings {
    private Findings() {
    }

    /** The bullets of the first "What it shows" section of {@code study}'s report that {@code keep} picks. */
    static List<String> of(Published study, Predicate<String> keep) {
        try {
            List<String> lines = Files.readAllLines(study.file("REPORT.md"));
            List<String> out = new ArrayList<>();
            boolean inside = false;
            for (String line : lines) {
                if (line.startsWith("## ")) {
                    if (inside) {
                        break;
                    }
                    inside = line.equals("## What it shows");
                    continue;
                }
                if (inside && line.startsWith("- ") && keep.test(line.substring(2))) {
                    out.add(line.substring(2));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + study.file("REPORT.md"), e);
        }
    }
}
