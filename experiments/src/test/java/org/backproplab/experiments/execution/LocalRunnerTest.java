package org.backproplab.experiments.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalRunnerTest {
    @Test
    void aRunSharesTheCoresThatNoOtherRunUses() {
        assertEquals(2, LocalRunner.coresPerRun(2, 1), "one run on two threads has both");
        assertEquals(1, LocalRunner.coresPerRun(2, 2));
        assertEquals(1, LocalRunner.coresPerRun(2, 40), "a sweep of many runs: one core each, side by side");
        assertEquals(4, LocalRunner.coresPerRun(8, 2));
        assertEquals(2, LocalRunner.coresPerRun(8, 3), "8 threads for 3 runs: two each, none shares a core");
        assertEquals(1, LocalRunner.coresPerRun(1, 1));
    }
}
