package org.backproplab.reporting;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Anything a report shows as a PNG: a {@link Chart}, a {@link ContactSheet} of charts, or either at a size of its
 * own ({@link #sized}). Every figure has a title and a size and writes itself; a study declares figures and the
 * shared report code writes them, so a new kind of figure is one record behind this interface.
 */
public interface Figure {
    /** Most of a report's figures: wide enough for a legend beside eight lines, short enough to read beside text. */
    Size STANDARD = new Size(900, 560);

    /** The figure's title, as drawn on it. */
    String title();

    /** The PNG's size, in pixels; {@link #STANDARD} unless the figure says otherwise. */
    default Size size() {
        return STANDARD;
    }

    /** Renders the figure at {@code width x height} pixels into {@code file}, creating folders. */
    void writePng(Path file, int width, int height) throws IOException;

    /** Renders the figure at its own {@link #size()}. */
    default void writePng(Path file) throws IOException {
        writePng(file, size().width(), size().height());
    }

    /** This figure at {@code width x height} pixels. */
    default Figure sized(int width, int height) {
        return new Sized(this, new Size(width, height));
    }

    /** A PNG's width and height in pixels. */
    record Size(int width, int height) {
        public Size {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a figure needs a positive size, got " + width + " x " + height);
            }
        }
    }

    /** A figure drawn at another size than its own. */
    record Sized(Figure figure, Size size) implements Figure {
        @Override
        public String title() {
            return figure.title();
        }

        @Override
        public void writePng(Path file, int width, int height) throws IOException {
            figure.writePng(file, width, height);
        }
    }
}
