package org.backproplab.experiments.study;

import org.backproplab.reporting.Figure;

/** A figure a study drew, with the file it goes to and the caption the report gives it. */
public record Drawn(String file, String caption, Figure figure) {
    public Drawn {
        if (!file.endsWith(".png")) {
            throw new IllegalArgumentException("a figure's file is a .png, got " + file);
        }
    }
}
