package org.backproplab.datasets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A user's own table: a CSV file of numeric feature columns and one integer label column. The label column is
 * the one headed {@code label} (or {@code class}, {@code target}, {@code y}) when the first row is a header, and the
 * last column otherwise. A first row is a header when any of its cells is not a number. Label values may be any
 * integers (1, 2, 3 or 0, 5, 9): they are numbered 0, 1, 2... in increasing order. Features are standardized
 * with the training part's mean and spread. Every problem is one line naming the file, the line and the cell.
 */
public record CsvFile(Path file) implements DataSource {
    private static final List<String> LABEL_NAMES = List.of("label", "class", "target", "y");

    public CsvFile {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public String description() {
        return "CSV file " + file + " (features standardized on the training part)";
    }

    @Override
    public Split load(double testFraction, long seed) {
        Dataset all = read();
        Split raw = all.split(testFraction, seed);
        return Standardizer.fit(raw.train()).apply(raw);
    }

    /** The whole file as a data set, unscaled. */
    public Dataset read() {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file, "no such file; expected a CSV file of numeric features and an "
                    + "integer label column");
        }
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
                        .setIgnoreEmptyLines(true).build().parse(in)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(file, "cannot be read as CSV (" + e.getMessage() + ")");
        }
        if (records.isEmpty()) {
            throw new DataFileException(file, "is empty; expected rows of numeric features and a label");
        }
        CSVRecord first = records.get(0);
        boolean header = false;
        for (String cell : first) {
            header |= !isNumber(cell);
        }
        int columns = first.size();
        if (columns < 2) {
            throw new DataFileException(file, "line 1 has " + columns + " column; expected at least one feature "
                    + "and a label");
        }
        int labelColumn = columns - 1;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add(header ? first.get(j) : "column " + (j + 1));
        }
        if (header) {
            for (int j = 0; j < columns; j++) {
                if (LABEL_NAMES.contains(first.get(j).strip().toLowerCase(java.util.Locale.ROOT))) {
                    labelColumn = j;
                    break;
                }
            }
        }
        List<CSVRecord> rows = header ? records.subList(1, records.size()) : records;
        if (rows.isEmpty()) {
            throw new DataFileException(file, "has a header but no rows");
        }
        int features = columns - 1;
        double[] x = new double[rows.size() * features];
        long[] rawLabels = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            long line = row.getRecordNumber();
            if (row.size() != columns) {
                throw new DataFileException(file, "line " + line + " has " + row.size() + " cells; expected "
                        + columns + " like line 1");
            }
            int k = 0;
            for (int j = 0; j < columns; j++) {
                String cell = row.get(j);
                if (j == labelColumn) {
                    rawLabels[i] = label(cell, line, names.get(j));
                } else {
                    x[i * features + k++] = number(cell, line, names.get(j));
                }
            }
        }
        // Number the distinct label values 0, 1, 2... in increasing order.
        TreeMap<Long, Integer> classOf = new TreeMap<>();
        for (long v : rawLabels) {
            classOf.put(v, 0);
        }
        if (classOf.size() < 2) {
            throw new DataFileException(file, "every row has label " + rawLabels[0] + "; expected at least two "
                    + "classes in column '" + names.get(labelColumn) + "'");
        }
        int c = 0;
        for (Long v : classOf.keySet()) {
            classOf.put(v, c++);
        }
        int[] y = new int[rawLabels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classOf.get(rawLabels[i]);
        }
        return new Dataset(file.getFileName().toString(), features, x, y, classOf.size());
    }

    private double number(String cell, long line, String column) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message below
        }
        throw new DataFileException(file, "line " + line + ", column '" + column + "': '" + cell
                + "' is not a finite number");
    }

    private long label(String cell, long line, String column) {
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            throw new DataFileException(file, "line " + line + ", label column '" + column + "': '" + cell
                    + "' is not a whole number; expected an integer class label");
        }
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
