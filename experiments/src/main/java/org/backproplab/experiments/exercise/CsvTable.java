package org.backproplab.experiments.exercise;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table a study wrote (summary.csv, runs.csv, layers.csv), read back by column name: the write-up's answers
 * are computed from the same files a reader of each study can open, whether the study ran now or earlier.
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row: its values by column name. */
    public record Row(Map<String, String> values) {
        public String text(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalStateException("no column '" + column + "'");
            }
            return v;
        }

        /** The column's number; NaN where the study left it empty (a run that diverged, a baseline's own test). */
        public double number(String column) {
            String v = text(column);
            return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        }

        public int whole(String column) {
            return Integer.parseInt(text(column));
        }

        public boolean is(String column, String value) {
            return text(column).equals(value);
        }
    }

    public static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(h -> values.put(h, r.get(h)));
                rows.add(new Row(values));
            }
            return new CsvTable(file, parser.getHeaderNames(), rows);
        }
    }

    public List<Row> where(Predicate<Row> keep) {
        return rows.stream().filter(keep).toList();
    }

    /** The one row {@code keep} picks; an exception naming the file if there is none (the study's grid changed). */
    public Row one(Predicate<Row> keep, String what) {
        List<Row> found = where(keep);
        if (found.isEmpty()) {
            throw new IllegalStateException(file + " has no row for " + what);
        }
        return found.get(0);
    }

    /** The distinct values of {@code column}, in the order the table first gives them. */
    public List<String> distinct(String column) {
        return rows.stream().map(r -> r.text(column)).distinct().toList();
    }
}
