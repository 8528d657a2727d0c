package org.backproplab.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report in GitHub-flavoured Markdown, built block by block and written once. It renders on GitHub, in an IDE
 * and in any Markdown viewer, and stays readable as plain text. Figures are linked by a path relative to the
 * report, so the folder can be moved or zipped as a whole.
 */
public final class MarkdownReport {
    private final StringBuilder text = new StringBuilder();

    public MarkdownReport(String title) {
        text.append("# ").append(oneLine(title)).append("\n\n");
    }

    /** A second-level heading. */
    public MarkdownReport heading(String heading) {
        text.append("## ").append(oneLine(heading)).append("\n\n");
        return this;
    }

    public MarkdownReport paragraph(String paragraph) {
        text.append(paragraph.strip()).append("\n\n");
        return this;
    }

    public MarkdownReport bullets(List<String> items) {
        for (String item : items) {
            text.append("- ").append(item.strip().replace("\n", "\n  ")).append('\n');
        }
        text.append('\n');
        return this;
    }

    /** An image, {@code file} relative to the report. */
    public MarkdownReport image(String alt, String file) {
        text.append("![").append(oneLine(alt)).append("](").append(file).append(")\n\n");
        return this;
    }

    /** A table; every row must have as many cells as the header. Pipes inside cells are escaped. */
    public MarkdownReport table(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        row(header);
        text.append('|');
        for (int i = 0; i < header.size(); i++) {
            text.append(" --- |");
        }
        text.append('\n');
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a table row needs " + header.size() + " cells, got "
                        + row.size() + ": " + row);
            }
            row(row);
        }
        text.append('\n');
        return this;
    }

    /** A fenced block, shown verbatim in a fixed-width font. */
    public MarkdownReport code(String code) {
        String fence = code.contains("```") ? "~~~~" : "```";
        text.append(fence).append('\n').append(code.stripTrailing()).append('\n').append(fence).append("\n\n");
        return this;
    }

    /** Writes the report to {@code file}, creating folders, replacing what was there. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toString(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString().stripTrailing() + "\n";
    }

    private void row(List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(oneLine(cell).replace("|", "\\|")).append(" |");
        }
        text.append('\n');
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }
}
