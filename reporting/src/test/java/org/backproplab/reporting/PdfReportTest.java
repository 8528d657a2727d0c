package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
    @TempDir
    Path folder;
    Path pdf;

    @BeforeEach
    void render() throws IOException {
        Path html = folder.resolve("report.html");
        HtmlReport.write(ReportFixture.write(folder), html);
        pdf = folder.resolve("report.pdf");
        PdfReport.write(html, pdf);
    }

    @Test
    void theFileIsAPdfOfAtLeastOneA4Page() throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(pdf)) {
            assertEquals(4, in.read(head));
        }
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 1);
            PDPage page = document.getPage(0);
            // A4 is 595 x 842 points
            assertEquals(595, page.getMediaBox().getWidth(), 1);
            assertEquals(842, page.getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void theFigureIsAnImageOfItsOwnSizeInThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertEquals(240, image.getWidth());
                        assertEquals(120, image.getHeight());
                    }
                }
            }
            assertEquals(1, images);
        }
    }

    @Test
    void theTextTableCodeAndGreekAreInThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(ReportFixture.TITLE), text);
            assertTrue(text.contains(ReportFixture.CELL), text);
            assertTrue(text.contains(ReportFixture.CODE), text);
            assertTrue(text.contains("± one standard deviation"), text);
            assertTrue(text.contains(ReportFixture.MATHS), text);
            assertTrue(text.contains("<script>alert(1)</script>"), text);
        }
    }

    @Test
    void itsFontsAreEmbeddedSoItPrintsTheSameEverywhere() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif")), fonts.toString());
        }
    }
}
