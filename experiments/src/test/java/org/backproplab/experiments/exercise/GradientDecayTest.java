package org.backproplab.experiments.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradientDecayTest {
    @TempDir
    Path dir;

    /** Gradients that shrink by exactly 0.5 per layer, with a seed's spread: the line finds 0.5 inside its interval. */
    @Test
    void findsTheFactorPerLayerWithItsInterval() throws IOException {
        StringBuilder csv = new StringBuilder("activation,init,depth,seed,epoch,first_layer_gradient\n");
        for (int depth : new int[] {2, 4, 6, 8}) {
            for (int seed = 1; seed <= 3; seed++) {
                double noise = 1 + 0.05 * (seed - 2);
                csv.append(String.format(Locale.ROOT, "relu,uniform,%d,%d,0,%s%n", depth, seed,
                        3.0 * Math.pow(0.5, depth) * noise));
                csv.append(String.format(Locale.ROOT, "relu,uniform,%d,%d,1,1.0%n", depth, seed)); // not epoch 0
                csv.append(String.format(Locale.ROOT, "relu,he,%d,%d,0,%s%n", depth, seed, 0.7 * noise));
            }
        }
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, csv);
        List<GradientDecay> decays = GradientDecay.of(CsvTable.read(file));
        assertEquals(2, decays.size());
        GradientDecay shrinks = decays.get(0);
        assertEquals("uniform", shrinks.init());
        assertEquals(12, shrinks.points());
        assertEquals(0.5, shrinks.factor(), 1e-12); // the seeds' noise is the same at every depth
        assertTrue(shrinks.low() <= 0.5 && 0.5 <= shrinks.high());
        assertTrue(shrinks.p() < 1e-6);
        assertEquals(Math.log(100) / Math.log(2), shrinks.layersPerHundredfold(), 1e-9);
        assertEquals("vanishes", shrinks.verdict(8));
        GradientDecay holds = decays.get(1);
        assertEquals(1.0, holds.factor(), 1e-12);
        assertEquals("holds", holds.verdict(20));
    }

    @Test
    void oneDepthGivesNoLine() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "activation,init,depth,seed,epoch,first_layer_gradient\nrelu,he,3,1,0,0.5\n"
                + "relu,he,3,2,0,0.6\nrelu,he,3,3,0,0.7\n");
        assertTrue(GradientDecay.of(CsvTable.read(file)).isEmpty());
    }
}
