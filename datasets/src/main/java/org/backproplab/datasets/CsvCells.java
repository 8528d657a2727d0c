package org.backproplab.datasets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How one CSV cell becomes a number or a class label, and how a bad one is quoted. A number is written the way
 * every spreadsheet and {@code numpy.savetxt} write one ({@code -1.5}, {@code 2}, {@code 3e-4}): Java's own
 * {@code Double.parseDouble} would also take {@code 7f}, {@code 2d} or {@code 0x1p3}, which in a data file are typos,
 * not numbers.
 */
final class CsvCells {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Longer cells are cut in messages, so that a runaway cell still gives one readable line. */
    private static final int QUOTED = 40;

    private CsvCells() {
    }

    /** Whether a first-row cell reads as a value rather than a column name (Java's lenient reading, on purpose). */
    static boolean looksNumeric(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static double number(Path file, long line, String column, String raw) {
        String cell = raw.strip();
        if (DECIMAL.matcher(cell).matches()) {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
            throw new DataFileException(file, where(line, column) + quote(cell) + " is too large for a number "
                    + "(beyond +-1.8e308)");
        }
        throw new DataFileException(file, where(line, column) + (cell.isEmpty() ? "the cell is empty"
                : quote(cell) + " is not a finite number") + separatorHint(cell));
    }

    /** A whole number: {@code 3}, {@code -1}, and also {@code 3.0} or {@code 3e2}, as pandas writes float labels. */
    static long label(Path file, long line, String column, String raw) {
        String cell = raw.strip();
        String where = "line " + line + ", label column '" + column + "': ";
        if (cell.isEmpty()) {
            throw new DataFileException(file, where + "the cell is empty; expected an integer class label");
        }
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            // not a plain integer: perhaps 3.0, perhaps too large, perhaps not a number at all
        }
        if (cell.length() <= QUOTED && DECIMAL.matcher(cell).matches()) {
            try {
                BigDecimal v = new BigDecimal(cell);
                if (v.stripTrailingZeros().scale() > 0) {
                    throw new DataFileException(file, where + quote(cell) + " is not a whole number; expected an "
                            + "integer class label");
                }
                return v.longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                // too large for a long (or its exponent for a BigDecimal): the message below
            }
        }
        if (DECIMAL.matcher(cell).matches()) {
            throw new DataFileException(file, where + quote(cell) + " is too large for a class label; expected an "
                    + "integer between -2^63 and 2^63-1");
        }
        throw new DataFileException(file, where + quote(cell) + " is not a whole number; expected an integer "
                + "class label" + separatorHint(cell));
    }

    /** The cell in quotes, cut to its first characters if long. */
    static String quote(String cell) {
        return cell.length() <= QUOTED ? "'" + cell + "'"
                : "'" + cell.substring(0, QUOTED) + "...' (" + cell.length() + " characters)";
    }

    /** A cell holding ';' or a tab is most likely a whole row of a file separated by something other than ','. */
    static String separatorHint(String cell) {
        String separator = cell.contains(";") ? "';'" : cell.contains("\t") ? "tabs" : null;
        return separator == null ? "" : " (the file seems separated by " + separator + "; expected ',' between cells)";
    }

    private static String where(long line, String column) {
        return "line " + line + ", column '" + column + "': ";
    }
}
