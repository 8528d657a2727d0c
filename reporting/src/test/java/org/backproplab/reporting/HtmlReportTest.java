package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    @TempDir
    Path folder;

    private Document xml(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private String page() throws IOException {
        Path markdown = ReportFixture.write(folder);
        Path html = folder.resolve("out/report.html");
        HtmlReport.write(markdown, html);
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void thePageIsWellFormedXhtmlWithTheFirstHeadingAsTitle() throws Exception {
        Document page = xml(page());
        assertEquals("html", page.getDocumentElement().getLocalName());
        assertEquals(ReportFixture.TITLE, page.getElementsByTagName("title").item(0).getTextContent());
        Element meta = (Element) page.getElementsByTagName("meta").item(0);
        assertEquals("utf-8", meta.getAttribute("charset"));
        assertTrue(page.getElementsByTagName("style").item(0).getTextContent().contains("@page"),
                "the style sheet is inside the page");
    }

    @Test
    void theImageIsInsideThePageAsTheSamePngBytes() throws Exception {
        String html = page();
        assertFalse(html.contains("loss.png"), "no reference to the file is left");
        assertFalse(html.contains("<link"), "no style sheet is fetched");
        NodeList images = xml(html).getElementsByTagName("img");
        assertEquals(1, images.getLength());
        String src = ((Element) images.item(0)).getAttribute("src");
        String prefix = "data:image/png;base64,";
        assertTrue(src.startsWith(prefix), src.substring(0, Math.min(40, src.length())));
        byte[] png = Base64.getDecoder().decode(src.substring(prefix.length()));
        assertEquals(Files.size(folder.resolve("loss.png")), png.length);
        assertEquals("Training loss by epoch", ((Element) images.item(0)).getAttribute("alt"));
    }

    @Test
    void everySrcAttributeIsADataUri() throws Exception {
        String html = page();
        int from = 0;
        int count = 0;
        while ((from = html.indexOf("src=\"", from)) >= 0) {
            from += 5;
            count++;
            assertTrue(html.startsWith("data:", from), "src=\"" + html.substring(from, Math.min(from + 30,
                    html.length())));
        }
        assertEquals(1, count);
    }

    @Test
    void theTableKeepsItsCellsAndRightAlignsTheNumericColumns() throws Exception {
        Document page = xml(page());
        NodeList cells = page.getElementsByTagName("td");
        assertEquals(6, cells.getLength());
        Element activation = (Element) cells.item(0);
        Element accuracy = (Element) cells.item(2);
        assertEquals("tanh", activation.getTextContent());
        assertEquals(ReportFixture.CELL, accuracy.getTextContent());
        assertEquals("", activation.getAttribute("align"), "words stay left");
        assertEquals("right", accuracy.getAttribute("align"), "numbers line up on the right");
        assertEquals("right", ((Element) page.getElementsByTagName("th").item(2)).getAttribute("align"),
                "and so does their header");
    }

    @Test
    void bulletsCodeAndRawHtmlAreRenderedAndTheRawHtmlIsEscaped() throws Exception {
        String html = page();
        Document page = xml(html);
        assertEquals(2, page.getElementsByTagName("li").getLength());
        assertEquals(ReportFixture.CODE, page.getElementsByTagName("pre").item(0).getTextContent().strip());
        assertEquals(0, page.getElementsByTagName("script").getLength(), "raw HTML never becomes an element");
        assertEquals(0, page.getElementsByTagName("b").getLength());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "it is shown as text");
    }

    @Test
    void voidElementsAreClosedAsXmlNeeds() throws Exception {
        String html = HtmlReport.render("# T\n\nline one  \nline two\n\n---\n\nafter", folder);
        assertTrue(html.contains("<br />"), html);
        assertTrue(html.contains("<hr />"), html);
        xml(html);
    }

    @Test
    void aMissingImageIsAnIoExceptionNamingIt() {
        IOException e = assertThrows(IOException.class,
                () -> HtmlReport.render("# T\n\n![a figure](figures/missing.png)\n", folder));
        assertTrue(e.getMessage().contains("figures/missing.png"), e.getMessage());
    }

    @Test
    void anImageOnTheWebIsRefusedNotFetched() {
        IOException e = assertThrows(IOException.class,
                () -> HtmlReport.render("# T\n\n![a figure](https://example.org/a.png)\n", folder));
        assertTrue(e.getMessage().contains("https://example.org/a.png"), e.getMessage());
    }

    @Test
    void onlyATableTooWideForThePageIsMarkedWide() throws Exception {
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < 14; i++) {
            header.append(" column_name_").append(i).append(" |");
            rule.append(" --- |");
            row.append(" 0.12345678 |");
        }
        String wide = header + "\n" + rule + "\n" + row + "\n";
        NodeList tables = xml(HtmlReport.render("# T\n\n" + wide + "\n| a | b |\n| --- | --- |\n| 1 | 2 |\n", folder))
                .getElementsByTagName("table");
        assertEquals("wide", ((Element) tables.item(0)).getAttribute("class"));
        assertEquals("", ((Element) tables.item(1)).getAttribute("class"));
    }

    @Test
    void aReportWithoutHeadingIsTitledReport() throws Exception {
        assertEquals("Report", xml(HtmlReport.render("just text", folder)).getElementsByTagName("title").item(0)
                .getTextContent());
    }
}
