package org.backproplab.experiments.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Checks a step-through page against its CSV, and that it needs nothing from outside the file. */
public final class TracePages {
    private TracePages() {
    }

    /** One value as the CSV and the page both hold it: step, quantity, layer, i, j, value. */
    public record Row(int step, String quantity, int layer, int i, int j, double value) {
    }

    /** The page's embedded trace. */
    public static JsonNode json(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String open = "<script id=\"trace-data\" type=\"application/json\">";
        int start = page.indexOf(open) + open.length();
        int end = page.indexOf("</script>", start);
        return new ObjectMapper().readTree(page.substring(start, end).replace("<\\/", "</"));
    }

    /** Every value the page holds, in its order. */
    public static List<Row> pageRows(Path html) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode step : json(html).get("steps")) {
            for (JsonNode v : step.get("values")) {
                JsonNode value = v.get(4);
                rows.add(new Row(step.get("step").asInt(), v.get(0).asText(), v.get(1).asInt(), v.get(2).asInt(),
                        v.get(3).asInt(), value.isTextual() ? Double.parseDouble(value.asText()) : value.asDouble()));
            }
        }
        return rows;
    }

    /** Every value of the CSV, an empty index read as -1 (as the page writes it). */
    public static List<Row> csvRows(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                rows.add(new Row(Integer.parseInt(r.get("step")), r.get("quantity"), index(r.get("layer")),
                        index(r.get("i")), index(r.get("j")), Double.parseDouble(r.get("value"))));
            }
        }
        return rows;
    }

    private static int index(String s) {
        return s.isEmpty() ? -1 : Integer.parseInt(s);
    }

    /** The page's numbers are the CSV's, bit for bit, in the same order. */
    public static void assertPageEqualsCsv(Path html, Path csv) throws IOException {
        List<Row> page = pageRows(html);
        List<Row> table = csvRows(csv);
        assertEquals(table.size(), page.size(), html.getFileName() + ": values in the page and in the CSV");
        assertTrue(page.size() > 0, "the page holds values");
        for (int k = 0; k < page.size(); k++) {
            // Records compare doubles bit for bit (Double.compare): -0.0 and NaN included.
            assertEquals(table.get(k), page.get(k), html.getFileName() + ": value " + k);
        }
    }

    /** Nothing the page loads or links comes from elsewhere: no address, no external script or style. */
    public static void assertSelfContained(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String outside : List.of("http", "//cdn", "<script src", "<link", "src=", "@import", "url(")) {
            assertFalse(page.contains(outside), html.getFileName() + " contains \"" + outside + "\"");
        }
        assertTrue(page.contains("step-slider"), "the page's own script is inlined");
    }

    /** The value {@code quantity (layer, i, j)} at {@code step}, from {@code rows}. */
    public static double value(List<Row> rows, int step, String quantity, int layer, int i, int j) {
        return rows.stream().filter(r -> r.step() == step && r.quantity().equals(quantity) && r.layer() == layer
                && r.i() == i && r.j() == j).findFirst().orElseThrow(() -> new AssertionError("no " + quantity
                + " (" + layer + ", " + i + ", " + j + ") at step " + step)).value();
    }
}
