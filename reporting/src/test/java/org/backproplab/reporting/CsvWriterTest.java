package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void doublesRoundTripExactlyAndTextIsQuoted() throws Exception {
        Path file = dir.resolve("a/b/table.csv");
        double tricky = 0.1 + 0.2;
        try (CsvWriter csv = CsvWriter.create(file, "name", "value", "note")) {
            csv.row("relu", tricky, "with, comma and \"quotes\"");
            csv.row("sigmoid", Double.NaN, null);
            assertEquals(2, csv.rows());
        }
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)
                    .getRecords();
        }
        assertEquals(2, records.size());
        assertEquals(tricky, Double.parseDouble(records.get(0).get("value")));
        assertEquals("with, comma and \"quotes\"", records.get(0).get("note"));
        assertTrue(Double.isNaN(Double.parseDouble(records.get(1).get("value"))));
        assertEquals("", records.get(1).get("note"));
        assertEquals("name,value,note", Files.readAllLines(file).get(0));
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedAndNamed() throws Exception {
        try (CsvWriter csv = CsvWriter.create(dir.resolve("t.csv"), "a", "b")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.row(1));
            assertTrue(e.getMessage().contains("t.csv: a row needs 2 cells, got 1"), e.getMessage());
        }
    }
}
