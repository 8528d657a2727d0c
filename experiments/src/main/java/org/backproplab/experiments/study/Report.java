package org.backproplab.experiments.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.MarkdownReport;

/**
 * What a sweep writes, declared: its REPORT.md's title and parts in order (paragraphs, findings, figures, tables)
 * and the columns it adds to summary.csv (fixed, or computed from the cells where a comparison names its
 * baseline). The shared code writes runs.csv and summary.csv (every resolved field of the runs as columns), every
 * figure, the report with the figures actually drawn, in declared order, with their captions, and the recipe. A
 * study is this declaration plus its own figures and findings.
 *
 * <pre>{@code
 * Report.titled(cells -> "Learning-rate sweep")
 *         .text(LrFindings::recipe)
 *         .findings(LrFindings::findings)
 *         .figure("loss-vs-lr.png", "Final loss vs learning rate", LrFigures::loss)
 * }</pre>
 */
public record Report(Function<Cells, String> title, List<Part> parts,
        Function<Cells, List<Column>> summaryColumns) {
    public Report {
        parts = List.copyOf(parts);
    }

    public static Report titled(String title) {
        return titled(cells -> title);
    }

    public static Report titled(Function<Cells, String> title) {
        return new Report(title, List.of(), cells -> List.of());
    }

    public Report with(Part part) {
        List<Part> p = new ArrayList<>(parts);
        p.add(part);
        return new Report(title, p, summaryColumns);
    }

    /** A paragraph; none where {@code text} gives null. */
    public Report text(Function<Cells, String> text) {
        return with(new Part.Text(text));
    }

    public Report text(String text) {
        return text(cells -> text);
    }

    public Report heading(String heading) {
        return with(new Part.Heading(heading));
    }

    public Report findings(Function<Cells, List<String>> findings) {
        return with(new Part.Findings(findings));
    }

    /** One figure, written to {@code file}; none where {@code draw} gives null (it does not fit this data). */
    public Report figure(String file, String caption, Function<Cells, Figure> draw) {
        return figures(null, cells -> {
            Figure f = draw.apply(cells);
            return f == null ? List.of() : List.of(new Drawn(file, caption, f));
        });
    }

    /** Figures whose number depends on the grid (one per activation, a contact sheet per twelve panels). */
    public Report figures(Function<Cells, List<Drawn>> draw) {
        return figures(null, draw);
    }

    /** As {@link #figures(Function)}, introduced by {@code lead} when there are any. */
    public Report figures(String lead, Function<Cells, List<Drawn>> draw) {
        return with(new Part.Figures(lead, draw));
    }

    public Report table(String heading, List<String> header, Function<Cells, List<List<String>>> rows) {
        return with(new Part.Table(heading, cells -> header, rows));
    }

    public Report table(String heading, Function<Cells, List<String>> header,
            Function<Cells, List<List<String>>> rows) {
        return with(new Part.Table(heading, header, rows));
    }

    /** A CSV file of the study's own, beside runs.csv and summary.csv. */
    public Report csv(String file, List<String> header, Function<Cells, List<List<Object>>> rows) {
        return with(new Part.Csv(file, header, rows));
    }

    /** Columns this study adds to summary.csv after the standard ones. */
    public Report summaryColumns(Column... columns) {
        List<Column> fixed = List.of(columns);
        return summaryColumns(cells -> fixed);
    }

    /**
     * Columns computed from all the cells, after those declared before: a test against a baseline needs every
     * cell, and its column is named after the baseline.
     */
    public Report summaryColumns(Function<Cells, List<Column>> columns) {
        Function<Cells, List<Column>> before = summaryColumns;
        return new Report(title, parts, cells -> {
            List<Column> c = new ArrayList<>(before.apply(cells));
            c.addAll(columns.apply(cells));
            return c;
        });
    }

    /** Writes runs.csv, summary.csv, every part and REPORT.md with the recipe into {@code ctx}'s folder. */
    public void write(RunContext ctx, Cells cells) throws IOException {
        Tables.writeRuns(ctx.file(Tables.RUNS), cells);
        Tables.writeSummary(ctx.file(Tables.SUMMARY), cells, summaryColumns.apply(cells));
        MarkdownReport md = new MarkdownReport(title.apply(cells));
        for (Part p : parts) {
            p.render(ctx, cells, md);
        }
        md.heading("Recipe");
        md.code(ctx.recipe().describe());
        md.write(ctx.file("REPORT.md"));
    }
}
