package org.backproplab.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Right-aligns the table columns that hold only numbers, header included, so that digits line up by place value
 * and a reader compares magnitudes down a column. {@link MarkdownReport} writes no alignment ({@code ---}), which
 * is what leaves the choice to the page; a column the markdown aligns itself is left as it says.
 */
final class NumericColumns {
    /** 0.93, -1.2e-3, 45%, 0.91 +/- 0.02, 12 (3), 1,024: a number, then perhaps a spread or a unit sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d|\\.\\d)[\\d.,eE+\\-%/() ]*");

    private NumericColumns() {
    }

    static void alignRight(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    alignRight(table);
                }
                visitChildren(block);
            }
        });
    }

    private static void alignRight(TableBlock table) {
        List<List<TableCell>> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row instanceof TableRow; row = row.getNext()) {
                int column = 0;
                for (Node cell = row.getFirstChild(); cell instanceof TableCell c; cell = cell.getNext(), column++) {
                    if (columns.size() == column) {
                        columns.add(new ArrayList<>());
                        numeric.add(Boolean.TRUE);
                    }
                    columns.get(column).add(c);
                    if (section instanceof TableBody && !isNumber(c)) {
                        numeric.set(column, Boolean.FALSE);
                    }
                }
            }
        }
        for (int column = 0; column < columns.size(); column++) {
            boolean unaligned = columns.get(column).stream().allMatch(c -> c.getAlignment() == null);
            // a column of header only (no rows) has nothing to line up
            if (numeric.get(column) && unaligned && columns.get(column).size() > 1) {
                columns.get(column).forEach(c -> c.setAlignment(TableCell.Alignment.RIGHT));
            }
        }
    }

    private static boolean isNumber(TableCell cell) {
        return NUMBER.matcher(text(cell)).matches();
    }

    /** The cell's words, as written; a TextContentRenderer without the tables extension would skip table nodes. */
    static String text(TableCell cell) {
        StringBuilder text = new StringBuilder();
        cell.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
