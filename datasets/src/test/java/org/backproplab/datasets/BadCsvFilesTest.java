package org.backproplab.datasets;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad CSV file users tried, or that we could think of, ends as one {@link DataFileException} line that names
 * the file, the place and what was expected; {@link CsvFile#load} is what the CLI calls, so it is what is tested.
 */
class BadCsvFilesTest {
    @TempDir
    Path dir;

    /** Eight good rows, two classes of four: what the bad line of each case is hidden among. */
    private static final String GOOD = rows(8, "%d,1,%d\n");

    private static String rows(int n, String format) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(String.format(format, i, i % 2));
        }
        return text.toString();
    }

    private static Arguments bad(String name, String text, String expected) {
        return bad(name, text.getBytes(UTF_8), expected);
    }

    private static Arguments bad(String name, byte[] bytes, String expected) {
        return Arguments.of(name, bytes, expected);
    }

    static Stream<Arguments> badFiles() throws Exception {
        String cellOfAMillionNines = "9".repeat(1 << 20);
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write(("a,b,label\n" + GOOD).getBytes(UTF_8));
        latin1.write("1,\u00e92,0\n".getBytes(ISO_8859_1));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(("a,b,label\n" + GOOD).getBytes(UTF_8));
        }
        return Stream.of(
                bad("empty file", "", "is empty; expected rows of numeric features and a label"),
                bad("only blank lines", "\n  \n\r\n", "is empty; expected rows of numeric features and a label"),
                bad("only a byte-order mark", "\uFEFF", "is empty; expected rows of numeric features and a label"),
                bad("header only", "a,b,label\n", "has a header but no rows"),
                bad("a row too short", "a,b,label\n1,2,0\n1,2\n" + GOOD, "line 3 has 2 cells; expected 3 like line 1"),
                bad("a row too long", "a,b,label\n1,2,0,7\n" + GOOD, "line 2 has 4 cells; expected 3 like line 1"),
                bad("a row of one cell", "a,b,label\n" + GOOD + "5\n", "line 10 has 1 cell; expected 3 like line 1"),
                bad("NaN", "a,b,label\nNaN,2,0\n" + GOOD, "line 2, column 'a': 'NaN' is not a finite number"),
                bad("-Infinity", "a,b,label\n1,-Infinity,0\n" + GOOD,
                        "line 2, column 'b': '-Infinity' is not a finite number"),
                bad("1e400", "a,b,label\n1,1e400,0\n" + GOOD,
                        "line 2, column 'b': '1e400' is too large for a number (beyond +-1.8e308)"),
                bad("a cell of a million digits", "a,b,label\n1," + cellOfAMillionNines + ",0\n" + GOOD,
                        "line 2, column 'b': '" + "9".repeat(40) + "...' (1048576 characters) is too large for a "
                                + "number (beyond +-1.8e308)"),
                bad("a Java float suffix", "a,b,label\n1,7f,0\n" + GOOD, "line 2, column 'b': '7f' is not a finite number"),
                bad("a Java hex float", "a,b,label\n1,0x1p3,0\n" + GOOD,
                        "line 2, column 'b': '0x1p3' is not a finite number"),
                bad("an empty cell", "a,b,label\n1,,0\n" + GOOD, "line 2, column 'b': the cell is empty"),
                bad("line numbers count blank lines", "a,b,label\n\n\n1,2,0\n\n1,x,1\n" + GOOD,
                        "line 6, column 'b': 'x' is not a finite number"),
                bad("label 1.5", "a,b,label\n1,2,1.5\n" + GOOD,
                        "line 2, label column 'label': '1.5' is not a whole number; expected an integer class label"),
                bad("label 10^30", "a,b,label\n1,2,1000000000000000000000000000000\n" + GOOD,
                        "line 2, label column 'label': '1000000000000000000000000000000' is too large for a class "
                                + "label; expected an integer between -2^63 and 2^63-1"),
                bad("label 1e400", "a,b,label\n1,2,1e400\n" + GOOD, "line 2, label column 'label': '1e400' is too "
                        + "large for a class label; expected an integer between -2^63 and 2^63-1"),
                bad("an empty label", "a,b,label\n1,2,\n" + GOOD,
                        "line 2, label column 'label': the cell is empty; expected an integer class label"),
                bad("a text label", "a,b,label\n1,2,cat\n" + GOOD,
                        "line 2, label column 'label': 'cat' is not a whole number; expected an integer class label"),
                bad("one class only", "a,label\n1,4\n2,4\n3,4\n",
                        "every row has label 4; expected at least two classes in column 'label'"),
                bad("tiny2.csv: two rows", "a,label\n1,0\n2,1\n", "2 rows, but label 0 (column 'label') has only 1, "
                        + "on line 2 (and 1 more label with a single row); a stratified train/test split needs at "
                        + "least 2 rows of every label, one for each part"),
                bad("a label of a single row", "a,b,label\n" + GOOD + "9,9,7\n", "9 rows, but label 7 (column "
                        + "'label') has only 1, on line 10; a stratified train/test split needs at least 2 rows of "
                        + "every label, one for each part"),
                bad("semicolon-separated", "a;b;label\n" + rows(8, "%d;1;%d\n"), "line 1 has 1 column; expected at "
                        + "least one feature and a label (the file seems separated by ';'; expected ',' between cells)"),
                bad("tab-separated", "a\tb\tlabel\n" + rows(8, "%d\t1\t%d\n"), "line 1 has 1 column; expected at "
                        + "least one feature and a label (the file seems separated by tabs; expected ',' between "
                        + "cells)"),
                bad("decimal commas and semicolons", rows(8, "%d,5;1,5;%d\n"), "line 1 mixes numbers and text "
                        + "(column 2: '5;1'); expected a header of column names or a row of numbers (the file seems "
                        + "separated by ';'; expected ',' between cells)"),
                bad("one column", "1\n2\n", "line 1 has 1 column; expected at least one feature and a label"),
                bad("duplicate header names", "a,A,label\n" + GOOD,
                        "line 1: columns 1 and 2 are both headed 'A'; expected a different name for every column"),
                bad("two label columns", "label,a,label\n" + GOOD,
                        "line 1: columns 1 and 3 are both headed 'label'; expected a different name for every column"),
                bad("a pandas index column", ",a,label\n" + rows(8, "%1$d,%1$d,%2$d\n"), "line 1: column 1 has no "
                        + "name in the header; expected a name for every column (a pandas index written by to_csv? "
                        + "write it with index=False)"),
                bad("a typo in a headerless first row", "1,2x,0\n" + GOOD, "line 1 mixes numbers and text (column 2: "
                        + "'2x'); expected a header of column names or a row of numbers"),
                bad("an unclosed quote", "a,b,label\n1,\"2,0\n" + GOOD,
                        "line 2: a quoted cell starts here and its closing quote never comes"),
                bad("invalid UTF-8 (Latin-1)", latin1.toByteArray(),
                        "line 10: byte 0xE9 is not UTF-8 text; expected a CSV file saved as UTF-8 (or plain ASCII)"),
                bad("UTF-16", ("\uFEFFa,label\n" + GOOD).getBytes(UTF_16LE), "is UTF-16 text (it starts with a "
                        + "UTF-16 byte-order mark); expected a CSV file saved as UTF-8"),
                bad("gzipped", gzipped.toByteArray(), "is gzip-compressed; expected plain CSV text (unpack it with "
                        + "gunzip)"),
                bad("binary (an IDX file)", IdxFiles.images(1), "line 1 holds a zero byte: a binary file, not CSV text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsOneLineNamingThePlaceAndWhatWasExpected(String name, byte[] content, String expected)
            throws Exception {
        Path file = Files.write(dir.resolve("data.csv"), content);
        String message = assertThrows(DataFileException.class, () -> new CsvFile(file).load(0.25, 1)).getMessage();
        assertEquals(file + ": " + expected, message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aFolderIsSaidToBeAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data.csv"));
        assertEquals(folder + ": is a folder; expected a CSV file of numeric features and an integer label column",
                assertThrows(DataFileException.class, () -> new CsvFile(folder).load(0.25, 1)).getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("data.csv");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
        // Opening a pipe for reading blocks until a writer comes: the check must not open it.
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DataFileException.class, () -> new CsvFile(pipe).load(0.25, 1)).getMessage());
        assertEquals(pipe + ": is not a regular file (a named pipe, a device or a socket); expected a CSV file of "
                + "numeric features and an integer label column", message);
    }

    @Test
    void aLinkToNothingSaysWhereItPoints() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("data.csv"), dir.resolve("gone.csv"));
        assertEquals(link + ": is a link to " + dir.resolve("gone.csv") + ", which does not exist; expected a CSV "
                + "file of numeric features and an integer label column",
                assertThrows(DataFileException.class, () -> new CsvFile(link).load(0.25, 1)).getMessage());
    }
}
