package org.backproplab.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * A traced run as one self-contained HTML page a student steps through: a slider over the recorded steps; the
 * network in the {@link NetworkDiagram} layout drawn as SVG for the forward, backward and update views; the loss
 * curve with the current step marked; the decision boundary at that step (2-D data); and a table of every value of
 * the step to its last digit. The page's script and style are the project's own ({@code step-through.js} and
 * {@code .css} beside this class), inlined with the numbers as JSON, so the file opens from disk with no network.
 *
 * <p>The JSON holds the numbers of {@link TracedRun#csvRows()} exactly: every double as {@link Double#toString}
 * writes it (which a browser reads back to the same double).
 */
public final class StepThroughPage {
    private StepThroughPage() {
    }

    /** Writes {@code run}'s page to {@code file} and its values, long format, to {@code csv}. */
    public static void write(TracedRun run, Path file, Path csv) throws IOException {
        try (CsvWriter out = CsvWriter.create(csv, TraceValue.CSV_HEADER.toArray(String[]::new))) {
            for (List<Object> row : run.csvRows()) {
                out.row(row.toArray());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(run, csv.getFileName().toString()), StandardCharsets.UTF_8);
    }

    /** The page: style, data and script all inline. */
    public static String html(TracedRun run, String csvName) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(run.title())
                + "</title>\n<style>\n" + resource("step-through.css") + "</style>\n</head>\n<body>\n"
                + "<h1>" + escape(run.title()) + "</h1>\n"
                + "<p class=\"source\">Every number on this page is in <code>" + escape(csvName)
                + "</code> (step, quantity, layer, i, j, value).</p>\n"
                + "<div id=\"app\"></div>\n"
                + "<script id=\"trace-data\" type=\"application/json\">" + json(run).replace("</", "<\\/")
                + "</script>\n<script>\n" + resource("step-through.js") + "</script>\n</body>\n</html>\n";
    }

    /** The run as the page's script reads it. */
    public static String json(TracedRun run) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"title\":").append(string(run.title()));
        sb.append(",\"notes\":[");
        join(sb, run.notes().stream().map(StepThroughPage::string).toList());
        sb.append("],\"layers\":[");
        join(sb, run.layers().stream().map(StepThroughPage::string).toList());
        sb.append("],\"units\":[");
        join(sb, run.units().stream().map(u -> "[" + String.join(",", u.stream().map(StepThroughPage::string)
                .toList()) + "]").toList());
        sb.append("],\"biases\":[");
        join(sb, run.biases().stream().map(StepThroughPage::string).toList());
        sb.append("],\"weightNames\":{");
        join(sb, new TreeMap<>(run.weightNames()).entrySet().stream()
                .map(e -> string(e.getKey()) + ":" + string(e.getValue())).toList());
        sb.append("},\"steps\":[");
        boolean first = true;
        for (TracedStep s : run.steps()) {
            sb.append(first ? "" : ",").append("\n{\"step\":").append(s.step()).append(",\"values\":[");
            first = false;
            boolean firstValue = true;
            for (TraceValue v : s.values()) {
                sb.append(firstValue ? "" : ",").append('[').append(string(v.quantity())).append(',')
                        .append(v.layer()).append(',').append(v.i()).append(',').append(v.j()).append(',')
                        .append(number(v.value())).append(']');
                firstValue = false;
            }
            sb.append("],\"boundary\":[");
            for (int k = 0; k < s.boundary().length; k++) {
                sb.append(k == 0 ? "" : ",").append(s.boundary()[k]);
            }
            sb.append("]}");
        }
        sb.append("]");
        TracePlane p = run.plane();
        if (p != null) {
            sb.append(",\n\"plane\":{\"x\":[").append(number(p.xRange()[0])).append(',').append(number(p.xRange()[1]))
                    .append("],\"y\":[").append(number(p.yRange()[0])).append(',').append(number(p.yRange()[1]))
                    .append("],\"resolution\":").append(p.resolution()).append(",\"classes\":").append(p.classes())
                    .append(",\"points\":[");
            for (int k = 0; k < p.points().length; k++) {
                sb.append(k == 0 ? "" : ",").append('[').append(number(p.points()[k][0])).append(',')
                        .append(number(p.points()[k][1])).append(',').append(p.labels()[k]).append(']');
            }
            sb.append("]}");
        }
        return sb.append("}\n").toString();
    }

    /** A double as JSON: its exact text; NaN and the infinities (a diverged run) as strings the script reads. */
    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "\"" + v + "\"";
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void join(StringBuilder sb, List<String> parts) {
        sb.append(String.join(",", parts));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The page's own script or style, from this module's resources. */
    static String resource(String name) {
        try (InputStream in = StepThroughPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the reporting module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
