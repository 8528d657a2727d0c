package org.backproplab.datasets;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file's rows, each with the line it starts on, blank lines left out. The text is decoded here rather than by
 * a reader so that what is not CSV text is said as such: a gzipped or binary file, a byte that is not UTF-8 (with
 * its line), and a leading byte-order mark, which spreadsheet programs write and which would otherwise glue itself
 * to the first cell and make a number look like a header.
 */
final class CsvText {
    /** One record of the file: its cells, and the line of the file it starts on (1 for the first). */
    record Row(long line, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }

        int size() {
            return cells.size();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false).build();
    /** The largest array Java can allocate. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;
    private static final Pattern COMMONS_CSV_LINE = Pattern.compile("\\(startline (\\d+)\\) (.*)");

    private CsvText() {
    }

    /** The rows of {@code file}, which must already be known to be a regular file. */
    static List<Row> rows(Path file) {
        String text = decode(file, read(file));
        long[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                // Empty and all-blank lines come as one empty cell: a blank line, not a row of one column.
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(file, notCsv(e instanceof UncheckedIOException u ? u.getCause() : e));
        }
        return rows;
    }

    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataFileException(file, String.format("is %,d bytes; expected at most %,d (2 GB), as the "
                        + "whole table is held in memory", size, MAX_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw RegularFile.unreadable(file, e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
            throw new DataFileException(file, "is gzip-compressed; expected plain CSV text (unpack it with gunzip)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new DataFileException(file, "is UTF-16 text (it starts with a UTF-16 byte-order mark); expected a "
                    + "CSV file saved as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DataFileException(file, "line " + lineOfByte(bytes, i) + " holds a zero byte: a binary "
                        + "file, not CSV text");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // The decoder stops at the first bad byte, so the buffer's position is where it is.
            throw new DataFileException(file, String.format("line %d: byte 0x%02X is not UTF-8 text; expected a CSV "
                    + "file saved as UTF-8 (or plain ASCII)", lineOfByte(bytes, in.position()),
                    bytes[in.position()] & 0xFF));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** commons-csv says "(startline 3) EOF reached before encapsulated token finished"; this says it for people. */
    private static String notCsv(Throwable e) {
        Matcher m = COMMONS_CSV_LINE.matcher(String.valueOf(e.getMessage()));
        if (!m.matches()) {
            return "cannot be read as CSV (" + e.getMessage() + ")";
        }
        String problem = m.group(2).startsWith("EOF reached before encapsulated token finished")
                ? "a quoted cell starts here and its closing quote never comes"
                : "cannot be read as CSV (" + m.group(2) + ")";
        return "line " + m.group(1) + ": " + problem;
    }

    /** Where each line starts, counting "\n", "\r\n" and a lone "\r" as line ends, as the CSV parser does. */
    private static long[] lineStarts(String text) {
        long[] starts = new long[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * n);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static long lineOf(long[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static long lineOfByte(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            line += bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n') ? 1 : 0;
        }
        return line;
    }
}
