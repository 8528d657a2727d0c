package org.backproplab.reporting;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An {@link HtmlReport} page as an A4 PDF, laid out by openhtmltopdf from the page's own style sheet (its
 * {@code @page} rule). The page is self-contained, so the renderer is given nothing to fetch, and it is told to
 * fetch nothing: a report is made offline, the same way every time.
 */
public final class PdfReport {
    static {
        // openhtmltopdf's own logger writes every step to the console through java.util.logging; PdfLog sends what
        // matters to slf4j instead, where the application's logging decides.
        XRLog.setLoggerImpl(new PdfLog());
        // PDFBox lists the system's fonts once, for the standard fonts it maps, and keeps the list in a cache file,
        // by default in the user's home; it goes to the temporary folder instead, so that making a report writes
        // nothing outside results/ but what the JVM writes there anyway.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfReport() {
    }

    /** The page as XML, read with every external entity and DTD refused: nothing is fetched while parsing either. */
    private static Document xhtml(Path html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints "[Fatal Error] ..." on stderr before it throws; the exception says it all
            builder.setErrorHandler(null);
            return withoutScreenStyles(builder.parse(html.toFile()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser for " + html, e);
        } catch (SAXException e) {
            throw new IOException(html + " is not well-formed XHTML (was it written by HtmlReport?): "
                    + e.getMessage(), e);
        }
    }

    /** The page without its {@code <style media="screen">}: rules a browser needs and the renderer warns about. */
    private static Document withoutScreenStyles(Document page) {
        NodeList styles = page.getElementsByTagName("style");
        for (int i = styles.getLength() - 1; i >= 0; i--) {
            Element style = (Element) styles.item(i);
            if ("screen".equals(style.getAttribute("media"))) {
                style.getParentNode().removeChild(style);
            }
        }
        return page;
    }

    /** Writes {@code html}, a page from {@link HtmlReport}, to {@code pdf}, replacing what was there. */
    public static void write(Path html, Path pdf) throws IOException {
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            PdfFonts.register(builder);
            builder.withW3cDocument(xhtml(html), html.toAbsolutePath().toUri().toString());
            // every image is a data: URI already (InlineImages); anything else would be a fetch
            builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.toStream(out);
            builder.run();
        }
    }
}
