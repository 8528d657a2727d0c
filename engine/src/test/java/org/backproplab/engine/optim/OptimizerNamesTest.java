package org.backproplab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Optimizers by name, as experiment files and run records give them, and their rate read back. */
class OptimizerNamesTest {
    @Test
    void allListsEveryPermittedOptimizerOnceSoANewOneMustBeAddedThere() {
        List<Class<?>> listed = Optimizer.all(0.1).stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(listed.size(), Set.copyOf(listed).size(), "listed twice: " + listed);
        assertEquals(Set.of(Optimizer.class.getPermittedSubclasses()), Set.copyOf(listed));
    }

    @Test
    void allBuildsWhatTheExperimentsHaveAlwaysTrainedWith() {
        double lr = 0.03;
        assertEquals(List.of(Sgd.withRate(lr), Momentum.withRate(lr, 0.9), Nesterov.withRate(lr, 0.9),
                Adam.withRate(lr), RmsProp.withRate(lr)), Optimizer.all(lr));
        assertEquals(List.of("sgd", "momentum", "nesterov", "adam", "rmsprop"),
                Optimizer.all(lr).stream().map(Optimizer::name).toList());
    }

    @Test
    void aNameAndARateRoundTrip() {
        for (Optimizer o : Optimizer.all(0.25)) {
            Optimizer again = Optimizer.named(o.name(), o.rate());
            assertEquals(o, again);
            assertEquals(0.25, again.rate(), 0.0, o.name());
            assertEquals(again.weightRate(), again.biasRate(), 0.0, o.name());
        }
    }

    @Test
    void theRateIsTheWeightsRateWhenTheBiasesHaveAnother() {
        Optimizer held = Sgd.withRate(0.5).holdingBiases();
        assertEquals(0.5, held.rate(), 0.0);
        assertEquals(0.0, held.biasRate(), 0.0);
        assertEquals(0.7, new Adam(0.7, 0.1, 0.9, 0.999, 1e-8).rate(), 0.0);
    }

    @Test
    void aBadNameIsNamedWithEveryValidOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Optimizer.named("adagrad", 0.1));
        assertEquals("unknown optimizer 'adagrad'; expected one of: sgd, momentum, nesterov, adam, rmsprop",
                e.getMessage());
    }

    @Test
    void aBadRateIsRefusedByTheOptimizerItNames() {
        assertEquals("weight learning rate must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Optimizer.named("adam", -1.0)).getMessage());
        assertSame(Momentum.class, Optimizer.named("momentum", 0.0).getClass());
    }
}
