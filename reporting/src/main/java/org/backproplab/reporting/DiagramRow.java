package org.backproplab.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Network diagrams side by side under one title: the same step under two conventions, where the eye compares
 * the same edge in both. Each panel is drawn at its own natural size; with assertions on, no panel's labels may
 * overlap, as for a diagram alone.
 */
public record DiagramRow(String title, List<NetworkDiagram> panels) implements Figure {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final int HEADER = 44;

    public DiagramRow {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a row of diagrams needs at least one");
        }
    }

    @Override
    public Size size() {
        int width = panels.stream().mapToInt(p -> p.size().width()).sum();
        int height = panels.stream().mapToInt(p -> p.size().height()).max().orElse(1) + HEADER;
        return new Size(width, height);
    }

    @Override
    public void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = PngFile.canvas(file, width, height);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 28);
            Size natural = size();
            double scale = Math.min(width / (double) natural.width(), height / (double) natural.height());
            int x = 0;
            for (NetworkDiagram panel : panels) {
                int w = panel.size().width();
                int h = panel.size().height();
                Graphics2D sub = (Graphics2D) g.create((int) (x * scale), (int) (HEADER * scale),
                        (int) Math.ceil(w * scale), (int) Math.ceil(h * scale));
                sub.scale(scale, scale);
                List<Rectangle2D> boxes = new ArrayList<>(panel.draw(sub, w, h));
                sub.dispose();
                assert NetworkDiagram.overlapFree(boxes, file);
                x += w;
            }
        } finally {
            g.dispose();
        }
        PngFile.write(image, file);
    }
}
