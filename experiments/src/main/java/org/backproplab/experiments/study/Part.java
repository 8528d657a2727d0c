package org.backproplab.experiments.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.MarkdownReport;

/**
 * One piece of a study's REPORT.md (and the files it stands for), in the order the study declares them: a
 * paragraph, the findings, figures, a table, a CSV file of the study's own. Each renders itself from the cells.
 */
public sealed interface Part permits Part.Text, Part.Findings, Part.Heading, Part.Figures, Part.Table, Part.Csv {

    void render(RunContext ctx, Cells cells, MarkdownReport report) throws IOException;

    /** A paragraph computed from the cells; none when it gives null or "". */
    record Text(Function<Cells, String> text) implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) {
            String t = text.apply(cells);
            if (t != null && !t.isEmpty()) {
                report.paragraph(t);
            }
        }
    }

    /** "What it shows": sentences read off the numbers, so the report says what this run found. */
    record Findings(Function<Cells, List<String>> findings) implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) {
            report.heading("What it shows");
            report.bullets(findings.apply(cells));
        }
    }

    record Heading(String heading) implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) {
            report.heading(heading);
        }
    }

    /**
     * Figures, each written as a PNG and shown with its caption; the report lists those actually drawn (a
     * boundary needs 2-D data), after {@code lead} if there are any.
     */
    record Figures(String lead, Function<Cells, List<Drawn>> draw) implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) throws IOException {
            List<Drawn> drawn = draw.apply(cells);
            if (!drawn.isEmpty() && lead != null) {
                report.paragraph(lead);
            }
            for (Drawn d : drawn) {
                d.figure().writePng(ctx.file(d.file()));
                report.image(d.caption(), d.file());
            }
        }
    }

    /** A table in the report (none if it has no rows), under {@code heading} if there is one. */
    record Table(String heading, Function<Cells, List<String>> header, Function<Cells, List<List<String>>> rows)
            implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) {
            List<List<String>> r = rows.apply(cells);
            if (r.isEmpty()) {
                return;
            }
            if (heading != null) {
                report.heading(heading);
            }
            report.table(header.apply(cells), r);
        }
    }

    /** A CSV file of the study's own beside runs.csv and summary.csv (layer by layer, epoch by epoch). */
    record Csv(String file, List<String> header, Function<Cells, List<List<Object>>> rows) implements Part {
        @Override
        public void render(RunContext ctx, Cells cells, MarkdownReport report) throws IOException {
            try (CsvWriter csv = CsvWriter.create(ctx.file(file), header.toArray(String[]::new))) {
                for (List<Object> row : rows.apply(cells)) {
                    csv.row(new ArrayList<>(row).toArray());
                }
            }
        }
    }
}
