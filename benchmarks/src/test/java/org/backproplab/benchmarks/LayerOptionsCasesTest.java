package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.network.LayerSpec;
import org.junit.jupiter.api.Test;

/**
 * The layer-options benchmark's networks are what their names say, and a reset takes a batch-normalized network back
 * to its start, running statistics included, so every JMH iteration times the same steps.
 */
class LayerOptionsCasesTest {

    @Test
    void theNamesSayWhichLayersNormalizeAndWhichAddShortcuts() {
        for (BenchCase c : BenchCase.layerOptions()) {
            var hidden = c.spec().layers().subList(0, c.spec().hiddenLayers());
            boolean normalized = hidden.stream().allMatch(l -> l.normalization().name().equals("batch"));
            boolean none = hidden.stream().allMatch(l -> l.normalization().name().equals("none"));
            assertTrue(c.name().contains("+bn") ? normalized : none, c.name() + ": " + c.spec());
            int skip = hidden.stream().mapToInt(LayerSpec::skip).max().orElse(0);
            assertEquals(c.name().contains("+res2") ? 2 : 0, skip, c.name() + ": " + c.spec());
            assertEquals(c, BenchCase.named(c.name()));
        }
        // 64-30x5-10 with a shortcut every 2 layers: layers 2 and 4 add out(0) and out(2)
        BenchCase res = BenchCase.named("64-30x5-10-tanh+res2");
        assertEquals(java.util.List.of(0, 0, 2, 0, 2, 0),
                res.spec().layers().stream().map(LayerSpec::skip).toList());
    }

    @Test
    void aResetRestoresTheRunningStatisticsToo() {
        EngineStep engine = new EngineStep(StepData.of(BenchCase.named("64-30x5-10-tanh+bn+res2"), BenchSeeds.DATA));
        double first = engine.step();
        double second = engine.step();
        var running = engine.network().layer(0).normParameters().runningVariance();
        assertNotEquals(1.0, running.get(0, 0), "two training steps move the running variance");
        engine.reset();
        assertEquals(1.0, running.get(0, 0), 0.0);
        assertEquals(first, engine.step(), 0.0);
        assertEquals(second, engine.step(), 0.0);
    }
}
