package org.backproplab.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table written row by row, with a fixed header. Built on Commons CSV, so quoting of commas, quotes and
 * new lines in text cells is RFC 4180's, and any CSV reader (pandas, R, a spreadsheet) reads it back.
 *
 * <p>Doubles are written with {@link Double#toString(double)}, the shortest text that reads back to the same
 * double, so a CSV round trip loses nothing; {@code NaN} and {@code Infinity} are written as such (pandas reads
 * both). Every row must have as many cells as the header: a short row is a bug in the caller and fails at once
 * rather than shifting columns silently.
 */
public final class CsvWriter implements AutoCloseable {
    private final Path file;
    private final int columns;
    private final CSVPrinter printer;
    private long rows;

    private CsvWriter(Path file, String[] header, CSVPrinter printer) {
        this.file = file;
        this.columns = header.length;
        this.printer = printer;
    }

    /** Creates (or replaces) {@code file}, and its parent folders, and writes the header line. */
    public static CsvWriter create(Path file, String... header) throws IOException {
        if (header.length == 0) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build().print(out);
        printer.printRecord((Object[]) header);
        return new CsvWriter(file, header.clone(), printer);
    }

    /** Writes one row; numbers as their shortest exact text, {@code null} as an empty cell. */
    public CsvWriter row(Object... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException(file.getFileName() + ": a row needs " + columns + " cells, got "
                    + cells.length + ": " + Arrays.toString(cells));
        }
        Object[] text = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "" : cells[i].toString();
        }
        printer.printRecord(text);
        rows++;
        return this;
    }

    /** Rows written so far, not counting the header. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
