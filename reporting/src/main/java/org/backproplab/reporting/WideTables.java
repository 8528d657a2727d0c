package org.backproplab.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Marks the tables too wide for an A4 page, {@code class="wide"}, so that report.css can lay them out to the page's
 * width (narrow type, words broken) instead of letting them run off its edge. A table is too wide when the words
 * that cannot be broken, the longest in each column, do not fit side by side; below that, the renderer's own layout
 * wraps the headers and fits the table, and looks better for it.
 */
final class WideTables implements AttributeProvider {
    /**
     * What fits across the text block of report.css's A4 page: 174 mm is 493 pt, at about 5 pt a character of its
     * 9 pt table type, less each cell's padding and border (about 2 characters).
     */
    static final int CHARACTERS_ACROSS = 98;
    private static final int PER_CELL = 2;

    private final Set<TableBlock> wide = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Finds the wide tables of {@code document}; the renderer then asks {@link #setAttributes} about each table. */
    WideTables(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table && unbreakable(table) > CHARACTERS_ACROSS) {
                    wide.add(table);
                }
                visitChildren(block);
            }
        });
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableBlock table && wide.contains(table)) {
            attributes.put("class", "wide");
        }
    }

    /** The width, in characters, of the table's columns at their narrowest. */
    private static int unbreakable(TableBlock table) {
        List<Integer> columns = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row instanceof TableRow; row = row.getNext()) {
                int column = 0;
                for (Node cell = row.getFirstChild(); cell instanceof TableCell c; cell = cell.getNext(), column++) {
                    if (columns.size() == column) {
                        columns.add(0);
                    }
                    columns.set(column, Math.max(columns.get(column), narrowest(c)));
                }
            }
        }
        return columns.stream().mapToInt(w -> w + PER_CELL).sum();
    }

    /** A right-aligned (numeric) body cell does not wrap at all (report.css); another wraps between words. */
    private static int narrowest(TableCell cell) {
        String text = NumericColumns.text(cell);
        if (!cell.isHeader() && cell.getAlignment() == TableCell.Alignment.RIGHT) {
            return text.length();
        }
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
