package org.backproplab.experiments.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backproplab.reporting.CsvWriter;
import org.backproplab.reporting.MarkdownReport;

/**
 * One piece of a study's REPORT.md (and the files it stands for), in the order the study declares them: a
 * paragraph, a heading, bullets, a block as typed, figures, a table, a CSV file of the study's own. Each renders
 * itself from the study's results, {@code T}.
 */
public sealed interface Part<T> permits Part.Text, Part.Heading, Part.Bullets, Part.Code, Part.Figures, Part.Table,
        Part.Csv, Part.Section, Part.Copies {

    void render(RunContext ctx, T input, MarkdownReport report) throws IOException;

    /** A paragraph computed from the results; none when it gives null or "". */
    record Text<T>(Function<T, String> text) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) {
            String t = text.apply(input);
            if (t != null && !t.isEmpty()) {
                report.paragraph(t);
            }
        }
    }

    record Heading<T>(Function<T, String> heading) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) {
            report.heading(heading.apply(input));
        }
    }

    /** Sentences read off the numbers ("What it shows"), so the report says what this run found. */
    record Bullets<T>(Function<T, List<String>> items) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) {
            report.bullets(items.apply(input));
        }
    }

    record Code<T>(Function<T, String> text) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) {
            report.code(text.apply(input));
        }
    }

    /**
     * Figures, each written as a PNG and shown with its caption; the report lists those actually drawn (a
     * boundary needs 2-D data), after {@code lead} if there are any.
     */
    record Figures<T>(String lead, Function<T, List<Drawn>> draw) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) throws IOException {
            List<Drawn> drawn = draw.apply(input);
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
    record Table<T>(String heading, Function<T, List<String>> header, Function<T, List<List<String>>> rows)
            implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) {
            List<List<String>> r = rows.apply(input);
            if (r.isEmpty()) {
                return;
            }
            if (heading != null) {
                report.heading(heading);
            }
            report.table(header.apply(input), r);
        }
    }

    /** A CSV file of the study's own (layer by layer, epoch by epoch, case by case); nothing in REPORT.md. */
    record Csv<T>(String file, List<String> header, Function<T, List<List<Object>>> rows) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) throws IOException {
            try (CsvWriter csv = CsvWriter.create(ctx.file(file), header.toArray(String[]::new))) {
                for (List<Object> row : rows.apply(input)) {
                    csv.row(new ArrayList<>(row).toArray());
                }
            }
        }
    }

    /**
     * Another report's parts, rendered on the part of the results {@code view} picks: a study of several sweeps
     * shows each sweep's own declared report as a section of its one REPORT.md.
     */
    record Section<T, U>(Function<T, U> view, List<Part<U>> parts) implements Part<T> {
        public Section {
            parts = List.copyOf(parts);
        }

        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) throws IOException {
            U part = view.apply(input);
            for (Part<U> p : parts) {
                p.render(ctx, part, report);
            }
        }
    }

    /**
     * Figures another study already drew, copied beside this report and shown with their captions: a write-up
     * that gathers several studies hands in one folder, whose figures are the very files those studies made.
     */
    record Copies<T>(Function<T, List<Copy>> copies) implements Part<T> {
        @Override
        public void render(RunContext ctx, T input, MarkdownReport report) throws IOException {
            for (Copy c : copies.apply(input)) {
                java.nio.file.Files.copy(c.source(), ctx.file(c.file()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                report.image(c.caption(), c.file());
            }
        }
    }

    /** One copied figure: where it is, its name beside the report, its caption. */
    record Copy(java.nio.file.Path source, String file, String caption) {
    }
}
