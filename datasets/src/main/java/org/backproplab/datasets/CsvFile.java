package org.backproplab.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user's own table: a CSV file (UTF-8, comma-separated) of numeric feature columns and one integer label column.
 * The label column is the one headed {@code label} (else {@code class}, {@code target}, {@code y}, in that order)
 * when the first row is a header, and the last column otherwise. A first row is a header when any of its cells is not
 * a number (one that mixes numbers and text must name its label column, or it is taken for a row with a typo).
 * Label values may be any integers (1, 2, 3 or 0, 5, 9; {@code 3.0} counts as 3): they are numbered 0, 1, 2... in
 * increasing order, and each must have at least two rows, so that the stratified split can put one in each part.
 * Features are standardized with the training part's mean and spread. Every problem is one line naming the file,
 * the line and the cell.
 */
public record CsvFile(Path file) implements DataSource {
    private static final List<String> LABEL_NAMES = List.of("label", "class", "target", "y");
    private static final String EXPECTED = "a CSV file of numeric features and an integer label column";

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

    /** The file split as {@link DataSource#load} says; a label of a single row is refused by its value and line. */
    @Override
    public Split load(double testFraction, long seed) {
        Table table = table();
        table.requireTwoRowsPerLabel(file);
        Split raw = table.data().split(testFraction, seed);
        return Standardizer.fit(raw.train()).apply(raw);
    }

    /** The whole file as a data set, unscaled. */
    public Dataset read() {
        return table().data();
    }

    /** The data, and for each class its label value as written and the line of its first row, for messages. */
    private record Table(Dataset data, String column, List<Long> values, List<Long> firstLines) {
        /** A stratified split puts every class in both parts, so each needs two rows. */
        void requireTwoRowsPerLabel(Path file) {
            int[] counts = data.classCounts();
            List<Integer> single = new ArrayList<>();
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] == 1) {
                    single.add(c);
                }
            }
            if (single.isEmpty()) {
                return;
            }
            int c = single.get(0);
            String others = single.size() == 1 ? "" : " (and " + (single.size() - 1) + " more label"
                    + (single.size() == 2 ? "" : "s") + " with a single row)";
            throw new DataFileException(file, data.size() + " rows, but label " + values.get(c) + " (column '"
                    + column + "') has only 1, on line " + firstLines.get(c) + others + "; a stratified train/test "
                    + "split needs at least 2 rows of every label, one for each part");
        }
    }

    private Table table() {
        RegularFile.require(file, EXPECTED);
        List<CsvText.Row> records = CsvText.rows(file);
        if (records.isEmpty()) {
            throw new DataFileException(file, "is empty; expected rows of numeric features and a label");
        }
        CsvText.Row first = records.get(0);
        int columns = first.size();
        if (columns < 2) {
            throw new DataFileException(file, "line " + first.line() + " has 1 column; expected at least one "
                    + "feature and a label" + CsvCells.separatorHint(first.cell(0)));
        }
        boolean header = isHeader(first);
        List<String> names = header ? headerNames(first) : columnNumbers(columns);
        int labelColumn = header ? labelColumn(names) : columns - 1;
        List<CsvText.Row> rows = header ? records.subList(1, records.size()) : records;
        if (rows.isEmpty()) {
            throw new DataFileException(file, "has a header but no rows");
        }
        int features = columns - 1;
        // No overflow: CsvText reads at most 2 GB, and every cell takes at least two characters.
        double[] x = new double[rows.size() * features];
        long[] rawLabels = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvText.Row row = rows.get(i);
            if (row.size() != columns) {
                throw new DataFileException(file, "line " + row.line() + " has " + row.size() + " cell"
                        + (row.size() == 1 ? "" : "s") + "; expected " + columns + " like line " + first.line());
            }
            int k = 0;
            for (int j = 0; j < columns; j++) {
                if (j == labelColumn) {
                    rawLabels[i] = CsvCells.label(file, row.line(), names.get(j), row.cell(j));
                } else {
                    x[i * features + k++] = CsvCells.number(file, row.line(), names.get(j), row.cell(j));
                }
            }
        }
        // Number the distinct label values 0, 1, 2... in increasing order.
        TreeMap<Long, Long> firstLine = new TreeMap<>();
        for (int i = 0; i < rawLabels.length; i++) {
            firstLine.putIfAbsent(rawLabels[i], rows.get(i).line());
        }
        if (firstLine.size() < 2) {
            throw new DataFileException(file, "every row has label " + rawLabels[0] + "; expected at least two "
                    + "classes in column '" + names.get(labelColumn) + "'");
        }
        List<Long> values = new ArrayList<>(firstLine.keySet());
        Map<Long, Integer> classOf = new HashMap<>();
        for (Long v : values) {
            classOf.put(v, classOf.size());
        }
        int[] y = new int[rawLabels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classOf.get(rawLabels[i]);
        }
        return new Table(new Dataset(file.getFileName().toString(), features, x, y, classOf.size()),
                names.get(labelColumn), values, new ArrayList<>(firstLine.values()));
    }

    /**
     * A first row with a cell that is not a number is a header; but one that mixes numbers and text and names no
     * label column is more likely a first row with a typo, which taking it for a header would silently drop.
     * (A header of numbers and a label name, as pandas writes for integer column names, is a header.)
     */
    private boolean isHeader(CsvText.Row first) {
        int text = -1;
        boolean numbers = false;
        boolean labelName = false;
        for (int j = 0; j < first.size(); j++) {
            String cell = first.cell(j);
            if (CsvCells.looksNumeric(cell)) {
                numbers = true;
            } else if (text < 0) {
                text = j;
            }
            labelName |= LABEL_NAMES.contains(cell.strip().toLowerCase(Locale.ROOT));
        }
        if (text >= 0 && numbers && !labelName) {
            throw new DataFileException(file, "line " + first.line() + " mixes numbers and text (column " + (text + 1)
                    + ": " + CsvCells.quote(first.cell(text)) + "); expected a header of column names or a row of "
                    + "numbers" + CsvCells.separatorHint(first.cell(text)));
        }
        return text >= 0;
    }

    /** The header's names, stripped; an empty or repeated one is refused, as messages name cells by column. */
    private List<String> headerNames(CsvText.Row header) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            String name = header.cell(j).strip();
            if (name.isEmpty()) {
                throw new DataFileException(file, "line " + header.line() + ": column " + (j + 1) + " has no name "
                        + "in the header; expected a name for every column (a pandas index written by to_csv? "
                        + "write it with index=False)");
            }
            Integer before = seen.put(name.toLowerCase(Locale.ROOT), j);
            if (before != null) {
                throw new DataFileException(file, "line " + header.line() + ": columns " + (before + 1) + " and "
                        + (j + 1) + " are both headed '" + name + "'; expected a different name for every column");
            }
            names.add(name);
        }
        return names;
    }

    private static List<String> columnNumbers(int columns) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add("column " + (j + 1));
        }
        return names;
    }

    /** {@code label} before {@code class} before {@code target} before {@code y}, wherever they stand. */
    private static int labelColumn(List<String> names) {
        for (String wanted : LABEL_NAMES) {
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return j;
                }
            }
        }
        return names.size() - 1;
    }
}
