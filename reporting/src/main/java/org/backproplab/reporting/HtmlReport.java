package org.backproplab.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A {@link MarkdownReport}'s REPORT.md as one HTML page a student can hand in: a single file that opens anywhere,
 * offline, because its figures are inside it ({@link InlineImages}) and so is its style sheet (report.css beside
 * this class, and report-screen.css for what only a browser does). The page is well-formed XHTML as well as HTML,
 * so that {@link PdfReport}, which reads it as XML, can lay the same page out for print.
 */
public final class HtmlReport {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String CSS = css("report.css");
    private static final String SCREEN_CSS = css("report-screen.css");

    private HtmlReport() {
    }

    /** Writes {@code markdown}'s page to {@code html}; its images are read from the markdown's folder. */
    public static void write(Path markdown, Path html) throws IOException {
        Path folder = markdown.toAbsolutePath().getParent();
        String page = render(Files.readString(markdown, StandardCharsets.UTF_8), folder);
        Path parent = html.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(html, page, StandardCharsets.UTF_8);
    }

    /**
     * The page for {@code markdown}, whose images are files relative to {@code folder}.
     *
     * @throws IOException naming the image, if one is missing or is not a file in a format a page can inline
     */
    public static String render(String markdown, Path folder) throws IOException {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        InlineImages.into(document, folder);
        NumericColumns.alignRight(document);
        WideTables wide = new WideTables(document);
        // escapeHtml: raw HTML in the markdown is shown as text, never run; it would also break the XHTML.
        // commonmark closes its void elements (<img ... />, <br />, <hr />), which is what XML needs.
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
                .attributeProviderFactory(context -> wide).build().render(document);
        return "<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\" />\n"
                + "<title>" + escape(title(document)) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n"
                + "<style media=\"screen\">\n" + SCREEN_CSS + "</style>\n"
                + "</head>\n"
                + "<body>\n" + body + "</body>\n"
                + "</html>\n";
    }

    /** The first heading's text, as a browser tab or a PDF viewer shows it; "Report" for a report without one. */
    private static String title(Node document) {
        Heading[] first = new Heading[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (first[0] == null) {
                    first[0] = heading;
                }
            }
        });
        if (first[0] == null) {
            return "Report";
        }
        return TextContentRenderer.builder().build().render(first[0]).strip();
    }

    /** Text for an element's content or a quoted attribute, in HTML and XML alike. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String css(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside HtmlReport on the classpath");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // inside an XHTML style element these would start markup; CSS here never needs them
            if (css.contains("<") || css.contains("&")) {
                throw new IllegalStateException(name + " holds a < or &, which would break the page's XML");
            }
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
