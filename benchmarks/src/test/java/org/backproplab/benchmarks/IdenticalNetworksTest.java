package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.backproplab.engine.matrix.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark compares like with like: for every network, the engine and DL4J as the benchmarks build them start
 * from the same weights and take the same training step (same loss on the batch after it, to 1e-9).
 */
class IdenticalNetworksTest {
    static Stream<String> networks() {
        return BenchCase.all().stream().map(BenchCase::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void oneStepLeavesTheSameLossInBothEngines(String network) {
        StepData data = StepData.of(BenchCase.named(network), BenchSeeds.DATA);
        EngineStep engine = new EngineStep(data);
        Dl4jStep dl4j = new Dl4jStep(data);
        assertEquals(engine.loss(0), dl4j.loss(0), 1e-9, network + ": loss before any step");

        double engineBefore = engine.step();
        double dl4jBefore = dl4j.step();
        assertEquals(engineBefore, dl4jBefore, 1e-9, network + ": the step's own loss reading");
        double engineAfter = engine.loss(0);
        double dl4jAfter = dl4j.loss(0);
        assertEquals(engineAfter, dl4jAfter, 1e-9, network + ": loss after one step");
        assertTrue(engineAfter != engineBefore, network + ": the step changed nothing, so it proves nothing");

        Matrix w = engine.network().layer(0).weights();
        Matrix dl4jW = dl4j.reference().weights(0);
        for (int i = 0; i < w.data().length; i++) {
            assertEquals(w.data()[i], dl4jW.data()[i], 1e-12, network + ": first layer's weight " + i);
        }
    }

    @Test
    void resetReturnsBothEnginesToTheInitialWeights() {
        StepData data = StepData.of(BenchCase.named("2-8-1"), BenchSeeds.DATA);
        EngineStep engine = new EngineStep(data);
        Dl4jStep dl4j = new Dl4jStep(data);
        double first = engine.step();
        assertEquals(first, dl4j.step(), 1e-9);
        for (int i = 0; i < 10; i++) {
            engine.step();
            dl4j.step();
        }
        engine.reset();
        dl4j.reset();
        assertEquals(first, engine.step(), 0.0);
        assertEquals(first, dl4j.step(), 1e-9);
    }

    @Test
    void theNetworksAreTheIssuesShapes() {
        assertEquals(List.of("2-2-2", "2-8-1", "64-30x5-10", "784-100-10", "784-256-256-10", "512x4"),
                networks().toList());
        BenchCase big = BenchCase.named("512x4");
        assertEquals(128, big.batch());
        assertEquals(4, big.spec().layers().size());
        for (int l = 0; l < 4; l++) {
            assertEquals(512, big.spec().fanIn(l));
            assertEquals(512, big.spec().layers().get(l).width());
        }
        assertEquals(6, BenchCase.named("64-30x5-10").spec().layers().size());
        // forward (x1) and weight gradient (x1) on every layer, the error sent back (x1) on all but the first
        assertEquals(2 * 2 * 2 + 2 * 2 * 3, BenchCase.named("2-2-2").multiplyAdds());
        assertEquals(128L * 512 * 512 * (2 + 3 + 3 + 3), big.multiplyAdds());
    }

    @Test
    void dl4jRefusesAThreadCountTheEnvironmentDoesNotSet() {
        var e = assertThrows(IllegalStateException.class, () -> NativeThreads.require(977));
        assertTrue(e.getMessage().contains("OMP_NUM_THREADS=977"), e.getMessage());
    }
}
