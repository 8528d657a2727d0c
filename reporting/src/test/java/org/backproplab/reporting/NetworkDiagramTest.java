package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.reporting.NetworkDiagram.Edge;
import org.backproplab.reporting.NetworkDiagram.Label;
import org.backproplab.reporting.NetworkDiagram.Layer;
import org.backproplab.reporting.NetworkDiagram.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network diagram draws what it is given, where a reader can read it. */
class NetworkDiagramTest {
    @TempDir
    Path dir;

    /** The slides' 2-2-2 network, forward view, with w5 marked. */
    static NetworkDiagram slides() {
        List<Layer> layers = List.of(
                new Layer("inputs", List.of(Unit.of("i1", Label.of("out 0.05")), Unit.of("i2", Label.of("out 0.10")),
                        Unit.bias("b1", Label.of("0.35")))),
                new Layer("hidden", List.of(Unit.of("h1", Label.of("net 0.3775"), Label.of("out 0.593270")),
                        Unit.of("h2", Label.of("net 0.3925"), Label.of("out 0.596884")), Unit.bias("b2",
                                Label.of("0.60")))),
                new Layer("outputs", List.of(Unit.of("o1", Label.of("net 1.105906"), Label.of("out 0.751365")),
                        Unit.of("o2", Label.of("net 1.224921"), Label.of("out 0.772928")))));
        double[] w = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge(0, 0, 0, w[0], List.of(Label.of("w1 0.15"))));
        edges.add(new Edge(0, 1, 0, w[1], List.of(Label.of("w2 0.20"))));
        edges.add(new Edge(0, 0, 1, w[2], List.of(Label.of("w3 0.25"))));
        edges.add(new Edge(0, 1, 1, w[3], List.of(Label.of("w4 0.30"))));
        edges.add(new Edge(0, 2, 0, 0.35, List.of()));
        edges.add(new Edge(0, 2, 1, 0.35, List.of()));
        edges.add(new Edge(1, 0, 0, w[4], List.of(new Label("w5 0.40", true))));
        edges.add(new Edge(1, 1, 0, w[5], List.of(Label.of("w6 0.45"))));
        edges.add(new Edge(1, 0, 1, -w[6], List.of(Label.of("w7 -0.50"))));
        edges.add(new Edge(1, 1, 1, w[7], List.of(Label.of("w8 0.55"))));
        edges.add(new Edge(1, 2, 0, 0.6, List.of()));
        edges.add(new Edge(1, 2, 1, 0.6, List.of()));
        return new NetworkDiagram("Forward pass, the slides' 2-2-2 network", layers, edges,
                List.of("blue: positive weight, red: negative; thickness: |w|", "red box: marked"));
    }

    @Test
    void theSlidesNetworkIsDrawnWithEveryValueAndNoOverlap() throws Exception {
        Path png = dir.resolve("slides.png");
        slides().writePng(png); // the tests run with assertions: overlapping labels would fail here
        BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(slides().size().width(), image.getWidth());
        assertTrue(slides().labelled());
        Files.copy(png, Path.of("target", "network-diagram-example.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aWideNetworkIsDrawnWithoutValues() throws Exception {
        List<Unit> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(Unit.of("u" + i, Label.of("0")));
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            edges.add(new Edge(0, i, 0, i % 2 == 0 ? 0.1 * i : -0.1 * i, List.of(Label.of("w"))));
        }
        NetworkDiagram d = new NetworkDiagram("Wide", List.of(new Layer("in", many),
                new Layer("out", List.of(Unit.of("o")))), edges, List.of());
        assertFalse(d.labelled());
        d.writePng(dir.resolve("wide.png"));
    }

    @Test
    void anEdgeIntoABiasOrOutsideTheLayersIsRefused() {
        List<Layer> layers = List.of(new Layer("in", List.of(Unit.of("i"), Unit.bias("b"))),
                new Layer("out", List.of(Unit.of("o"), Unit.bias("b2"))));
        var e = assertThrows(IllegalArgumentException.class, () -> new NetworkDiagram("x", layers,
                List.of(new Edge(0, 0, 1, 1, List.of())), List.of()));
        assertEquals("edge into bias unit b2: a bias has no inputs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkDiagram("x", layers,
                List.of(new Edge(0, 5, 0, 1, List.of())), List.of()));
    }
}
