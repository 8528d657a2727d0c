package org.backproplab.experiments.backproptrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.reporting.NetworkDiagram;
import org.backproplab.reporting.NetworkDiagram.Label;
import org.junit.jupiter.api.Test;

/** The diagrams carry the slides' numbers, to the seed's digits, and mark exactly the figures the seed gets wrong. */
class DiagramsTest {
    private static List<Label> labels(NetworkDiagram d) {
        List<Label> out = new ArrayList<>();
        d.layers().forEach(l -> l.units().forEach(u -> out.addAll(u.values())));
        d.edges().forEach(e -> out.addAll(e.values()));
        return out;
    }

    private static List<String> texts(NetworkDiagram d) {
        return labels(d).stream().map(Label::text).toList();
    }

    @Test
    void theTwoTwoTwoStepShowsTheSlidesNumbersToTheSeedsDigits() {
        SlidesDiagrams d = SlidesDiagrams.of(SigmoidWalkthrough.run());
        assertTrue(texts(d.forward()).containsAll(List.of("net 0.3775", "out 0.593269992", "out 0.596884378",
                "net 1.105905967", "out 0.75136507", "out 0.772928465", "w1 0.15", "w8 0.55")), texts(d.forward())
                .toString());
        assertTrue(texts(d.backward()).containsAll(List.of("dE/dout 0.74136507", "delta 0.138498562",
                "dE/dw5 0.082167041", "dE/dout 0.036350306", "dE/dw1 0.000438568")), texts(d.backward()).toString());
        assertTrue(texts(d.update()).containsAll(List.of("w5+ 0.35891648", "w6+ 0.408666186", "w7+ 0.511301270",
                "w8+ 0.561370121", "w1+ 0.149780716", "w2+ 0.19956143", "w3+ 0.24975114", "w4+ 0.29950229")),
                texts(d.update()).toString());
        // The seed's first-step figures are all right: nothing is marked.
        for (NetworkDiagram view : List.of(d.forward(), d.backward(), d.update())) {
            assertTrue(labels(view).stream().noneMatch(Label::marked), view.title());
        }
    }

    @Test
    void theXorStepMarksTheSixWeightsTheSeedPrintsWrong() {
        var row = XorDiagrams.of(XorWalkthrough.run());
        NetworkDiagram seed = row.panels().get(0);
        NetworkDiagram descent = row.panels().get(1);
        List<String> marked = labels(seed).stream().filter(Label::marked).map(Label::text).sorted().toList();
        assertEquals(List.of("W11+ 1 (seed: 1.4)", "W12+ 1 (seed: 1.4)", "W21+ 1 (seed: 1.4)", "W22+ 1 (seed: 1.4)",
                "W31+ 1 (seed: 1.4)", "W32+ 1 (seed: 1.4)"), marked);
        assertTrue(texts(seed).contains("V01+ 1.4"), texts(seed).toString());
        assertTrue(texts(descent).contains("V01+ 0.6"), texts(descent).toString());
        assertTrue(labels(descent).stream().noneMatch(Label::marked));
    }
}
