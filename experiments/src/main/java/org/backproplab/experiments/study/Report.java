package org.backproplab.experiments.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backproplab.reporting.Figure;
import org.backproplab.reporting.MarkdownReport;

/**
 * What a study writes, declared over what it computed ({@code T}: a sweep's {@link Cells}, a gradient check's
 * outcomes, a trace's walkthroughs): its REPORT.md's title and parts in order (paragraphs, findings, figures,
 * tables, files of its own). The shared code writes every figure and file, and the report with the figures
 * actually drawn, in declared order, with their captions, and the recipe at the end. A study is this declaration
 * plus its own figures and findings.
 *
 * <pre>{@code
 * Report.<Cells>titled("Learning-rate sweep")
 *         .text(LrFindings::recipe)
 *         .findings(LrFindings::findings)
 *         .figure("loss-vs-lr.png", "Final loss vs learning rate", LrFigures::loss)
 * }</pre>
 */
public record Report<T>(Function<T, String> title, List<Part<T>> parts) {
    public Report {
        parts = List.copyOf(parts);
    }

    public static <T> Report<T> titled(String title) {
        return titled(input -> title);
    }

    public static <T> Report<T> titled(Function<T, String> title) {
        return new Report<>(title, List.of());
    }

    public Report<T> with(Part<T> part) {
        List<Part<T>> p = new ArrayList<>(parts);
        p.add(part);
        return new Report<>(title, p);
    }

    /** A paragraph; none where {@code text} gives null. */
    public Report<T> text(Function<T, String> text) {
        return with(new Part.Text<>(text));
    }

    public Report<T> text(String text) {
        return text(input -> text);
    }

    public Report<T> heading(String heading) {
        return heading(input -> heading);
    }

    /** A heading that depends on the results ("every case passes", "3 cases FAIL"). */
    public Report<T> heading(Function<T, String> heading) {
        return with(new Part.Heading<>(heading));
    }

    /** "What it shows", then {@code findings} as bullets. */
    public Report<T> findings(Function<T, List<String>> findings) {
        return heading("What it shows").bullets(findings);
    }

    public Report<T> bullets(Function<T, List<String>> items) {
        return with(new Part.Bullets<>(items));
    }

    /** A block shown as typed (a printout, a trace). */
    public Report<T> code(Function<T, String> text) {
        return with(new Part.Code<>(text));
    }

    /** One figure, written to {@code file}; none where {@code draw} gives null (it does not fit this data). */
    public Report<T> figure(String file, String caption, Function<T, Figure> draw) {
        return figures(null, input -> {
            Figure f = draw.apply(input);
            return f == null ? List.of() : List.of(new Drawn(file, caption, f));
        });
    }

    /** Figures whose number depends on the input (one per activation, a contact sheet per twelve panels). */
    public Report<T> figures(Function<T, List<Drawn>> draw) {
        return figures(null, draw);
    }

    /** As {@link #figures(Function)}, introduced by {@code lead} when there are any. */
    public Report<T> figures(String lead, Function<T, List<Drawn>> draw) {
        return with(new Part.Figures<>(lead, draw));
    }

    /** Figures copied from other studies' folders ({@link Part.Copies}). */
    public Report<T> copies(Function<T, List<Part.Copy>> copies) {
        return with(new Part.Copies<>(copies));
    }

    public Report<T> table(String heading, List<String> header, Function<T, List<List<String>>> rows) {
        return with(new Part.Table<>(heading, input -> header, rows));
    }

    public Report<T> table(String heading, Function<T, List<String>> header, Function<T, List<List<String>>> rows) {
        return with(new Part.Table<>(heading, header, rows));
    }

    /** A CSV file of the study's own (beside a sweep's runs.csv and summary.csv). */
    public Report<T> csv(String file, List<String> header, Function<T, List<List<Object>>> rows) {
        return with(new Part.Csv<>(file, header, rows));
    }

    /** The parts of {@code report} (not its title), on the part of the results {@code view} picks. */
    public <U> Report<T> section(Function<T, U> view, Report<U> report) {
        return with(new Part.Section<>(view, report.parts()));
    }

    /** Writes every part and REPORT.md, ending with the recipe, into {@code ctx}'s folder. */
    public void write(RunContext ctx, T input) throws IOException {
        MarkdownReport md = new MarkdownReport(title.apply(input));
        for (Part<T> p : parts) {
            p.render(ctx, input, md);
        }
        md.heading("Recipe");
        md.code(ctx.recipe().describe());
        md.write(ctx.file("REPORT.md"));
    }
}
