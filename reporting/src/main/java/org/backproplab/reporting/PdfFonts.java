package org.backproplab.reporting;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * The fonts report.pdf is set in: Liberation Serif, Sans and Mono, read from the classpath (the openpdf-fonts-extra
 * jar) and embedded, subset, in the PDF. The PDF's own standard fonts would need no file, but they hold Latin-1 only,
 * and a lab report on back-propagation writes δ, η, ∂E/∂w, − and ≥: those would print as '#'. report.css names the
 * same families first, so a browser that has them shows the same letters.
 */
final class PdfFonts {
    private static final String[] FAMILIES = {"Serif", "Sans", "Mono"};

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (String family : FAMILIES) {
            add(builder, family, "Regular", 400, FontStyle.NORMAL);
            add(builder, family, "Bold", 700, FontStyle.NORMAL);
            add(builder, family, "Italic", 400, FontStyle.ITALIC);
            add(builder, family, "BoldItalic", 700, FontStyle.ITALIC);
        }
    }

    private static void add(PdfRendererBuilder builder, String family, String face, int weight, FontStyle style) {
        String resource = "/liberation/Liberation" + family + "-" + face + ".ttf";
        // read only when the page uses this face, so a report without code never opens the Mono files
        builder.useFont(() -> open(resource), "Liberation " + family, weight, style, true);
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new NoSuchFileException(resource
                    + " is not on the classpath (it comes with com.github.librepdf:openpdf-fonts-extra)"));
        }
        return in;
    }
}
